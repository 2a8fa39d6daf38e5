using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Sitrep.Datasets.Acled;
using Sitrep.Sources;
using Sitrep.Sources.Acled;

namespace Sitrep.Tests.Sources;

/// <summary>
/// A fake ACLED API built from the documented shapes: the OAuth token endpoint (password and refresh grants), events
/// with filters, paging and the <c>timestamp</c> increment, and the deletions endpoint. Its events change as a test
/// says (added, revised, deleted), each change stamped with the fake's clock.
/// </summary>
internal sealed class FakeAcled : IAsyncDisposable
{
    public const string Username = "analyst@example.org";
    public const string Password = "s3cret-Pa55word";

    private readonly object gate = new();
    private readonly SortedDictionary<string, Dictionary<string, string>> events = new(StringComparer.Ordinal);
    private readonly List<(string Id, long At)> deletions = [];
    private readonly HashSet<string> accessTokens = [];
    private readonly HashSet<string> refreshTokens = [];
    private int issued;

    private FakeAcled()
    {
    }

    public FakeServer Server { get; private set; } = null!;

    /// <summary>Gets or sets the fake's clock, Unix seconds; each change is stamped with it.</summary>
    public long Now { get; set; } = 1_700_000_000;

    /// <summary>Gets or sets the lifetime of the tokens it grants, in seconds.</summary>
    public int ExpiresIn { get; set; } = 86_400;

    /// <summary>Gets or sets a value indicating whether the fake answers every page as the first (a server that ignores <c>page</c>).</summary>
    public bool IgnoresPage { get; set; }

    /// <summary>Gets the grants asked for, in order (password or refresh_token).</summary>
    public List<string> Grants { get; } = [];

    public static async Task<FakeAcled> StartAsync()
    {
        var fake = new FakeAcled();
        fake.Server = await FakeServer.StartAsync(fake.RouteAsync);
        return fake;
    }

    public AcledClient Client(string password = Password) =>
        new(new AcledCredentials(Username, password), Options(), Server.Handler);

    public static SourceClientOptions Options() => new()
    {
        BaseAddress = new Uri("https://acled.test/"),
        RetryDelay = TimeSpan.FromMilliseconds(5),
        MaxRetries = 3,
    };

    /// <summary>Adds or revises an event: its fields as ACLED writes them, stamped now.</summary>
    public void Put(string id, string date, int fatalities, string country = "Nigeria", string notes = "Clashes reported.")
    {
        lock (gate)
        {
            events[id] = new Dictionary<string, string>
            {
                ["event_id_cnty"] = id,
                ["event_date"] = date,
                ["year"] = date[..4],
                ["time_precision"] = "1",
                ["disorder_type"] = "Political violence",
                ["event_type"] = "Battles",
                ["sub_event_type"] = "Armed clash",
                ["actor1"] = "Military Forces of Nigeria (2023-)",
                ["assoc_actor_1"] = string.Empty,
                ["inter1"] = "State forces",
                ["actor2"] = "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawati wal-Jihad",
                ["assoc_actor_2"] = string.Empty,
                ["inter2"] = "Rebel group",
                ["interaction"] = "State forces-Rebel group",
                ["civilian_targeting"] = string.Empty,
                ["iso"] = "566",
                ["region"] = "Western Africa",
                ["country"] = country,
                ["admin1"] = "Borno",
                ["admin2"] = "Konduga",
                ["admin3"] = string.Empty,
                ["location"] = "Konduga",
                ["latitude"] = "11.6533",
                ["longitude"] = "13.4179",
                ["geo_precision"] = "1",
                ["source"] = "Daily Trust",
                ["source_scale"] = "National",
                ["notes"] = notes,
                ["fatalities"] = fatalities.ToString(CultureInfo.InvariantCulture),
                ["tags"] = string.Empty,
                ["timestamp"] = Now.ToString(CultureInfo.InvariantCulture),
            };
        }
    }

    /// <summary>Sets one field of an event as the API will send it (a test's bad value), without restamping it.</summary>
    public void SetRaw(string id, string field, string value)
    {
        lock (gate)
        {
            events[id][field] = value;
        }
    }

    public void Delete(string id)
    {
        lock (gate)
        {
            if (events.Remove(id))
            {
                deletions.Add((id, Now));
            }
        }
    }

    /// <summary>Makes every token granted so far invalid, as an expiry on the server's side would.</summary>
    public void RevokeTokens()
    {
        lock (gate)
        {
            accessTokens.Clear();
        }
    }

    public IReadOnlyCollection<string> EventIds
    {
        get
        {
            lock (gate)
            {
                return [.. events.Keys];
            }
        }
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();

    private async Task<Reply> RouteAsync(HttpContext context)
    {
        // The fake's clock is the server's: its Date header, as a real server's is its own.
        context.Response.Headers.Date = DateTimeOffset.FromUnixTimeSeconds(Now).ToString("R", CultureInfo.InvariantCulture);
        var path = context.Request.Path.Value;
        if (path == "/oauth/token" && context.Request.Method == "POST")
        {
            var form = await context.Request.ReadFormAsync();
            return Token(form);
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        lock (gate)
        {
            if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !accessTokens.Contains(authorization[7..]))
            {
                return Reply.Json(w => { w.WriteStartObject(); w.WriteString("message", "Unauthorized"); w.WriteEndObject(); }, 401);
            }

            var query = context.Request.Query;
            var limit = int.Parse(query["limit"].ToString(), CultureInfo.InvariantCulture);
            var page = IgnoresPage ? 1 : int.Parse(query["page"].ToString(), CultureInfo.InvariantCulture);
            return path switch
            {
                "/api/acled/read" => Events(query, limit, page),
                "/api/deleted/read" => Deletions(query, limit, page),
                _ => Reply.Text("Not found", 404),
            };
        }
    }

    private Reply Token(IFormCollection form)
    {
        lock (gate)
        {
            Grants.Add(form["grant_type"].ToString());
            var ok = form["client_id"] == "acled" && (form["grant_type"] == "password"
                ? form["username"] == Username && form["password"] == Password
                : form["grant_type"] == "refresh_token" && refreshTokens.Remove(form["refresh_token"].ToString()));
            if (!ok)
            {
                return Reply.Json(w => { w.WriteStartObject(); w.WriteString("error", "invalid_grant"); w.WriteString("error_description", "The user credentials were incorrect."); w.WriteEndObject(); }, 400);
            }

            issued++;
            var access = "access-" + issued.ToString(CultureInfo.InvariantCulture);
            var refresh = "refresh-" + issued.ToString(CultureInfo.InvariantCulture);
            accessTokens.Add(access);
            refreshTokens.Add(refresh);
            var expires = ExpiresIn;
            return Reply.Json(w =>
            {
                w.WriteStartObject();
                w.WriteString("token_type", "Bearer");
                w.WriteNumber("expires_in", expires);
                w.WriteString("access_token", access);
                w.WriteString("refresh_token", refresh);
                w.WriteEndObject();
            });
        }
    }

    private Reply Events(IQueryCollection query, int limit, int page)
    {
        IEnumerable<Dictionary<string, string>> selected = events.Values;
        if (query.TryGetValue("timestamp", out var since))
        {
            var from = long.Parse(since.ToString(), CultureInfo.InvariantCulture);
            selected = selected.Where(e => long.Parse(e["timestamp"], CultureInfo.InvariantCulture) >= from);
        }

        if (query.TryGetValue("country", out var countries))
        {
            var names = countries.ToString().Split('|');
            selected = selected.Where(e => names.Contains(e["country"]));
        }

        var all = selected.ToList();
        var slice = all.Skip((page - 1) * limit).Take(limit).ToList();
        var withTotal = query["with_total"] == "true";
        return Reply.Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("status", 200);
            w.WriteBoolean("success", true);
            w.WriteNumber("count", slice.Count);
            if (withTotal)
            {
                w.WriteNumber("total_count", all.Count);
            }

            w.WriteStartArray("data");
            foreach (var e in slice)
            {
                w.WriteStartObject();
                foreach (var (name, value) in e)
                {
                    w.WriteString(name, value);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private Reply Deletions(IQueryCollection query, int limit, int page)
    {
        var from = long.Parse(query["deleted_timestamp"].ToString(), CultureInfo.InvariantCulture);
        var slice = deletions.Where(d => d.At >= from).Skip((page - 1) * limit).Take(limit).ToList();
        return Reply.Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("status", 200);
            w.WriteBoolean("success", true);
            w.WriteNumber("count", slice.Count);
            w.WriteStartArray("data");
            foreach (var (id, at) in slice)
            {
                w.WriteStartObject();
                w.WriteString("event_id_cnty", id);
                w.WriteString("deleted_timestamp", at.ToString(CultureInfo.InvariantCulture));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
