using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Sitrep.Datasets;
using Sitrep.Incidents;
using Sitrep.Serialization;
using Sitrep.Validation;

namespace Sitrep.Sources.Store;

/// <summary>Turns a page's rows into what the store saves: accepted records with their canonical incident, rejected ones as diagnostics that say where.</summary>
internal static class StoreItems
{
    internal static (List<StoreItem> Items, List<Diagnostic> Rejects, int RejectedRows) From<TRecord>(
        ValueArray<DatasetRow<TRecord>> rows,
        ValueArray<Diagnostic> pageDiagnostics,
        string origin,
        DatasetMapper<TRecord> mapper,
        Func<TRecord, string> id,
        Func<TRecord, long?> stamp)
        where TRecord : DatasetRecord
    {
        var items = new List<StoreItem>(rows.Count);
        var rejects = new List<Diagnostic>();
        var rejectedRows = 0;
        foreach (var diagnostic in pageDiagnostics)
        {
            if (diagnostic.IsError)
            {
                rejects.Add(At(diagnostic, origin));
            }
        }

        foreach (var row in rows)
        {
            if (row.TryGetValue(out var record) && id(record) is { Length: > 0 } key)
            {
                items.Add(new StoreItem(key, record.Columns, record.Values, Canonical(mapper.Map(record)), stamp(record)));
            }
            else
            {
                var error = row.Success
                    ? new Diagnostic(SourceDiagnosticCodes.UnreadableRecord, DiagnosticSeverity.Error, "The record has no id, so the store cannot follow its revisions.") { Path = string.Create(CultureInfo.InvariantCulture, $"/{row.Line - 1}") }
                    : System.Linq.Enumerable.FirstOrDefault(row.Diagnostics, d => d.IsError) ?? row.Diagnostics[0];
                rejects.Add(At(error, origin));
                rejectedRows++;
            }
        }

        return (items, rejects, rejectedRows);
    }

    /// <summary>An incident as the canonical format writes it in JSON Lines (one compact object).</summary>
    internal static string Canonical(Incident incident) =>
        JsonSerializer.Serialize(incident, SitrepJsonOptions.TypeInfo<Incident>(SitrepJsonOptions.Compact));

    /// <summary>The diagnostic located in the response: its address with the field's JSON pointer as the fragment (RFC 6901).</summary>
    private static Diagnostic At(Diagnostic diagnostic, string origin) =>
        diagnostic with { Path = origin + "#" + diagnostic.Path };
}
