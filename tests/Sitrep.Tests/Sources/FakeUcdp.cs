using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Sitrep.Sources;
using Sitrep.Sources.Ucdp;

namespace Sitrep.Tests.Sources;

/// <summary>
/// A fake UCDP API built from the documented shape: <c>gedevents/{version}</c> with <c>pagesize</c>, <c>page</c>
/// (from 0) and filters, the token in <c>x-ucdp-access-token</c>, and the paging envelope (TotalCount, TotalPages,
/// NextPageUrl, Result). Each version holds its own events, so a Candidate version can lose one a release drops.
/// </summary>
internal sealed class FakeUcdp : IAsyncDisposable
{
    public const string Token = "ucdp-t0ken-abc123";

    private readonly object gate = new();
    private readonly Dictionary<string, SortedDictionary<long, Dictionary<string, object?>>> versions = new(StringComparer.Ordinal);

    public FakeServer Server { get; private set; } = null!;

    public static async Task<FakeUcdp> StartAsync()
    {
        var fake = new FakeUcdp();
        fake.Server = await FakeServer.StartAsync(context => Task.FromResult(fake.Route(context)));
        return fake;
    }

    public UcdpClient Client(string token = Token, int? requestLimit = null) =>
        new(new UcdpCredentials(token), Options() with { RequestLimit = requestLimit }, Server.Handler);

    public static SourceClientOptions Options() => new()
    {
        BaseAddress = new Uri("https://ucdp.test/api/"),
        RetryDelay = TimeSpan.FromMilliseconds(5),
        MaxRetries = 3,
    };

    /// <summary>Adds or revises an event of a version, its fields typed as the API sends them (numbers as numbers).</summary>
    public void Put(string version, long id, string date, int best, int countryId = 369)
    {
        lock (gate)
        {
            if (!versions.TryGetValue(version, out var events))
            {
                versions[version] = events = [];
            }

            events[id] = new Dictionary<string, object?>
            {
                ["id"] = id,
                ["relid"] = "UKR-2024-1-" + id.ToString(CultureInfo.InvariantCulture),
                ["year"] = int.Parse(date[..4], CultureInfo.InvariantCulture),
                ["active_year"] = true,
                ["code_status"] = "Clear",
                ["type_of_violence"] = 1,
                ["conflict_dset_id"] = "13243",
                ["conflict_new_id"] = 13243,
                ["conflict_name"] = "Russia - Ukraine",
                ["dyad_dset_id"] = "14322",
                ["dyad_new_id"] = 14322,
                ["dyad_name"] = "Government of Russia (Soviet Union) - Government of Ukraine",
                ["side_a_dset_id"] = "57",
                ["side_a_new_id"] = 57,
                ["side_a"] = "Government of Russia (Soviet Union)",
                ["side_b_dset_id"] = "137",
                ["side_b_new_id"] = 137,
                ["side_b"] = "Government of Ukraine",
                ["number_of_sources"] = 2,
                ["source_article"] = "\"Ukrinform,2024-02-10,Shelling hits Kharkiv\"",
                ["source_office"] = "Ukrinform",
                ["source_date"] = date,
                ["source_headline"] = "Shelling hits Kharkiv",
                ["source_original"] = "Regional governor",
                ["where_prec"] = 1,
                ["where_coordinates"] = "Kharkiv town",
                ["where_description"] = "Kharkiv",
                ["adm_1"] = "Kharkiv oblast",
                ["adm_2"] = null,
                ["latitude"] = 49.98081,
                ["longitude"] = 36.25272,
                ["geom_wkt"] = "POINT (36.25272 49.98081)",
                ["priogrid_gid"] = 201433,
                ["country"] = "Ukraine",
                ["country_id"] = countryId,
                ["region"] = "Europe",
                ["event_clarity"] = 1,
                ["date_prec"] = 1,
                ["date_start"] = date + "T00:00:00",
                ["date_end"] = date + "T00:00:00",
                ["deaths_a"] = 0,
                ["deaths_b"] = best,
                ["deaths_civilians"] = 0,
                ["deaths_unknown"] = 0,
                ["best"] = best,
                ["high"] = best + 2,
                ["low"] = best,
                ["gwnoa"] = "365",
                ["gwnob"] = "369",
            };
        }
    }

    public void Remove(string version, long id)
    {
        lock (gate)
        {
            versions[version].Remove(id);
        }
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();

    private Reply Route(HttpContext context)
    {
        if (context.Request.Headers["x-ucdp-access-token"] != Token)
        {
            return Reply.Text("API token required. Add header: x-ucdp-access-token", 401);
        }

        var path = context.Request.Path.Value ?? string.Empty;
        if (!path.StartsWith("/api/gedevents/", StringComparison.Ordinal))
        {
            return Reply.Text("Not found", 404);
        }

        var version = path["/api/gedevents/".Length..];
        var query = context.Request.Query;
        var size = int.Parse(query["pagesize"].ToString(), CultureInfo.InvariantCulture);
        var page = int.Parse(query["page"].ToString(), CultureInfo.InvariantCulture);
        lock (gate)
        {
            if (!versions.TryGetValue(version, out var events))
            {
                return Reply.Text("Version not found", 404);
            }

            IEnumerable<Dictionary<string, object?>> selected = events.Values;
            if (query.TryGetValue("Country", out var countries))
            {
                var ids = countries.ToString().Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToHashSet();
                selected = selected.Where(e => ids.Contains((int)e["country_id"]!));
            }

            var all = selected.ToList();
            var pages = (all.Count + size - 1) / size;
            var slice = all.Skip(page * size).Take(size).ToList();
            return Reply.Json(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("TotalCount", all.Count);
                w.WriteNumber("TotalPages", pages);
                w.WriteString("PreviousPageUrl", page > 0 ? $"https://ucdp.test/api/gedevents/{version}?pagesize={size}&page={page - 1}" : string.Empty);
                w.WriteString("NextPageUrl", page + 1 < pages ? $"https://ucdp.test/api/gedevents/{version}?pagesize={size}&page={page + 1}" : string.Empty);
                w.WriteStartArray("Result");
                foreach (var e in slice)
                {
                    w.WriteStartObject();
                    foreach (var (name, value) in e)
                    {
                        switch (value)
                        {
                            case null: w.WriteNull(name); break;
                            case string s: w.WriteString(name, s); break;
                            case bool b: w.WriteBoolean(name, b); break;
                            case int i: w.WriteNumber(name, i); break;
                            case long l: w.WriteNumber(name, l); break;
                            case double d: w.WriteNumber(name, d); break;
                        }
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        }
    }
}
