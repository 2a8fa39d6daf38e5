using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NodaTime;
using Sitrep.Validation;

namespace Sitrep.Sources.Store;

/// <summary>
/// A local copy of provider data that stays current: an embedded SQLite database (<c>sitrep-store.db</c> in a
/// folder) holding each record as the provider sent it and as a canonical incident, every revision with where and
/// when it came, and each sync's progress, so an interrupted sync resumes where it stopped with nothing lost or
/// doubled. Fill it with <see cref="AcledSync"/>, <see cref="UcdpSync"/> and <see cref="GdeltSync"/>; read it back
/// with <see cref="ReadRecords"/> (now or as of any sync), <see cref="ReadHistory"/> and <see cref="OpenExport"/>.
/// </summary>
/// <remarks>One writer at a time; readers may run beside it.</remarks>
public sealed partial class SourceStore : IDisposable
{
    /// <summary>The database's file name inside the store's folder.</summary>
    public const string FileName = "sitrep-store.db";

    /// <summary>The layout version this library writes and reads.</summary>
    public const int LayoutVersion = 1;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS datasets (name TEXT PRIMARY KEY, format TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS layouts (id INTEGER PRIMARY KEY, columns TEXT NOT NULL UNIQUE);
        CREATE TABLE IF NOT EXISTS syncs (
            id INTEGER PRIMARY KEY, dataset TEXT NOT NULL, scope TEXT NOT NULL, since INTEGER, phase TEXT NOT NULL,
            next_page INTEGER NOT NULL, max_stamp INTEGER, started_at INTEGER NOT NULL, finished_at INTEGER,
            status TEXT NOT NULL, deleted_since INTEGER, baseline INTEGER, total INTEGER,
            rejected_rows INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS records (
            seq INTEGER PRIMARY KEY, dataset TEXT NOT NULL, id TEXT NOT NULL, revision INTEGER NOT NULL,
            change TEXT NOT NULL, scope TEXT NOT NULL, seen_sync INTEGER NOT NULL, UNIQUE (dataset, id));
        CREATE TABLE IF NOT EXISTS revisions (
            dataset TEXT NOT NULL, id TEXT NOT NULL, revision INTEGER NOT NULL, change TEXT NOT NULL,
            layout INTEGER, fields TEXT, incident TEXT, fetched_at INTEGER NOT NULL, origin TEXT NOT NULL,
            sync_id INTEGER NOT NULL, PRIMARY KEY (dataset, id, revision));
        CREATE INDEX IF NOT EXISTS revisions_by_sync ON revisions (dataset, sync_id);
        CREATE TABLE IF NOT EXISTS rejects (
            sync_id INTEGER NOT NULL, dataset TEXT NOT NULL, origin TEXT NOT NULL, code TEXT NOT NULL,
            path TEXT, message TEXT NOT NULL, value TEXT);
        CREATE TABLE IF NOT EXISTS files (
            dataset TEXT NOT NULL, name TEXT NOT NULL, status TEXT NOT NULL, size INTEGER NOT NULL, md5 TEXT NOT NULL,
            records INTEGER NOT NULL, fetched_at INTEGER NOT NULL, sync_id INTEGER NOT NULL, PRIMARY KEY (dataset, name));
        CREATE TABLE IF NOT EXISTS state (dataset TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (dataset, key));
        """;

    private readonly SqliteConnection connection;
    private readonly IClock clock;
    private readonly Dictionary<long, ValueArray<string>> layouts = [];
    private readonly Dictionary<string, SqliteCommand> statements = new(StringComparer.Ordinal);

    private SourceStore(string folder, SqliteConnection connection, IClock clock)
    {
        Folder = folder;
        this.connection = connection;
        this.clock = clock;
    }

    /// <summary>Gets the store's folder.</summary>
    public string Folder { get; }

    /// <summary>Opens the store in a folder, making the folder and the store when they do not exist.</summary>
    /// <param name="folder">The store's folder.</param>
    /// <returns>The store.</returns>
    /// <exception cref="SourceException">The folder holds a file of the store's name that is not a Sitrep store of this layout version (<c>SR0508</c>).</exception>
    /// <exception cref="IOException">The folder cannot be made.</exception>
    public static SourceStore Open(string folder) => Open(folder, SystemClock.Instance);

    internal static SourceStore Open(string folder, IClock clock)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
            var tables = Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table'");
            if (Convert.ToInt64(tables, CultureInfo.InvariantCulture) > 0)
            {
                var format = Scalar(connection, "SELECT value FROM meta WHERE key = 'format'") as string;
                var version = Scalar(connection, "SELECT value FROM meta WHERE key = 'version'") as string;
                if (format != "sitrep-store" || version != LayoutVersion.ToString(CultureInfo.InvariantCulture))
                {
                    throw Unreadable(path, format == "sitrep-store" ? $"its layout version is {version}; this library reads version {LayoutVersion}" : "it is a database, but not a Sitrep store");
                }
            }
            else
            {
                using var transaction = connection.BeginTransaction();
                Execute(connection, Schema, transaction);
                Execute(connection, $"INSERT INTO meta (key, value) VALUES ('format', 'sitrep-store'), ('version', '{LayoutVersion}')", transaction);
                transaction.Commit();
            }

            return new SourceStore(folder, connection, clock);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw Unreadable(path, e.SqliteErrorCode == 26 ? "it is not an SQLite database" : e.Message);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Gets a value indicating whether a folder holds a store.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>Whether <see cref="FileName"/> is in it.</returns>
    public static bool Exists(string folder) => File.Exists(Path.Combine(folder, FileName));

    /// <summary>Gets the datasets the store holds, with their counts.</summary>
    /// <returns>The datasets, by name.</returns>
    public ValueArray<StoreDataset> ReadDatasets()
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d.name, d.format,
                (SELECT count(*) FROM records r WHERE r.dataset = d.name AND r.change <> 'deleted'),
                (SELECT count(*) FROM records r WHERE r.dataset = d.name AND r.change = 'deleted'),
                (SELECT max(finished_at) FROM syncs s WHERE s.dataset = d.name AND s.status = 'done')
            FROM datasets d ORDER BY d.name
            """;
        using var reader = command.ExecuteReader();
        var list = new List<StoreDataset>();
        while (reader.Read())
        {
            list.Add(new StoreDataset(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.IsDBNull(4) ? null : Instant.FromUnixTimeMilliseconds(reader.GetInt64(4))));
        }

        return ValueArray.From(list);
    }

    /// <summary>
    /// Reads a dataset's records, in the order they were first seen: their latest revision, or the revision they had
    /// when a sync finished (the store as of that sync: a snapshot to compare with another).
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="asOfSync">The sync to read the store as of, or <see langword="null"/> for now.</param>
    /// <param name="includeDeleted">Whether deleted records (their deletion revision) are included.</param>
    /// <returns>The records, read lazily.</returns>
    public IEnumerable<StoredRecord> ReadRecords(string dataset, long? asOfSync = null, bool includeDeleted = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataset);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT v.dataset, v.id, v.revision, v.change, v.layout, v.fields, v.incident, v.fetched_at, v.origin, v.sync_id
            FROM records r JOIN revisions v ON v.dataset = r.dataset AND v.id = r.id
            WHERE r.dataset = $dataset AND v.revision = (
                SELECT max(w.revision) FROM revisions w
                WHERE w.dataset = r.dataset AND w.id = r.id AND ($asOf IS NULL OR w.sync_id <= $asOf))
            ORDER BY r.seq
            """;
        command.Parameters.AddWithValue("$dataset", dataset);
        command.Parameters.AddWithValue("$asOf", (object?)asOfSync ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var record = ReadRevision(reader);
            if (includeDeleted || !record.IsDeleted)
            {
                yield return record;
            }
        }
    }

    /// <summary>Reads every revision of one record, oldest first: what changed, when, from where.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="id">The record's id.</param>
    /// <returns>The revisions; empty when the store never saw the record.</returns>
    public ValueArray<StoredRecord> ReadHistory(string dataset, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataset);
        ArgumentNullException.ThrowIfNull(id);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT dataset, id, revision, change, layout, fields, incident, fetched_at, origin, sync_id FROM revisions WHERE dataset = $dataset AND id = $id ORDER BY revision";
        command.Parameters.AddWithValue("$dataset", dataset);
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var list = new List<StoredRecord>();
        while (reader.Read())
        {
            list.Add(ReadRevision(reader));
        }

        return ValueArray.From(list);
    }

    /// <summary>Gets the format a dataset's records are in (<c>acled</c>, <c>ucdp</c>, <c>gdelt</c>), or null when the store has no such dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The format.</returns>
    public string? FormatOf(string dataset)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT format FROM datasets WHERE name = $name";
        command.Parameters.AddWithValue("$name", dataset);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Gets the syncs of a dataset that finished, oldest first: the snapshots <see cref="ReadRecords"/> can read.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The syncs' ids and when each finished.</returns>
    public ValueArray<(long SyncId, Instant FinishedAt)> ReadSyncs(string dataset)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, finished_at FROM syncs WHERE dataset = $dataset AND status = 'done' ORDER BY id";
        command.Parameters.AddWithValue("$dataset", dataset);
        using var reader = command.ExecuteReader();
        var list = new List<(long, Instant)>();
        while (reader.Read())
        {
            list.Add((reader.GetInt64(0), Instant.FromUnixTimeMilliseconds(reader.GetInt64(1))));
        }

        return ValueArray.From(list);
    }

    /// <summary>
    /// Opens a dataset as the provider's own file (ACLED or UCDP CSV with a header, GDELT tab-separated events), now
    /// or as of a sync, made as it is read: what <c>sitrep convert</c> and <c>sitrep diff</c> read a store through, so
    /// its records map exactly as a download of them would. Deleted records are left out.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="asOfSync">The sync to read the store as of, or <see langword="null"/> for now.</param>
    /// <param name="closeStore">Whether disposing the stream disposes this store too (for a store opened only to read it).</param>
    /// <returns>The file's bytes, UTF-8; dispose it.</returns>
    /// <exception cref="ArgumentException">The store has no such dataset.</exception>
    public Stream OpenExport(string dataset, long? asOfSync = null, bool closeStore = false)
    {
        var owner = closeStore ? this : null;
        var format = FormatOf(dataset) ?? throw new ArgumentException($"The store has no dataset '{dataset}'.", nameof(dataset));
        if (format == "gdelt")
        {
            return new StoreExportStream(ReadRecords(dataset, asOfSync), default, '\t', owner);
        }

        // The header is every column the dataset's records have, in the order first met.
        var columns = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id FROM layouts WHERE id IN (SELECT DISTINCT layout FROM revisions WHERE dataset = $dataset AND layout IS NOT NULL) ORDER BY id";
            command.Parameters.AddWithValue("$dataset", dataset);
            var ids = new List<long>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    ids.Add(reader.GetInt64(0));
                }
            }

            foreach (var id in ids)
            {
                foreach (var column in Layout(id))
                {
                    if (seen.Add(column))
                    {
                        columns.Add(column);
                    }
                }
            }
        }

        return new StoreExportStream(ReadRecords(dataset, asOfSync), ValueArray.From(columns), ',', owner);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var command in statements.Values)
        {
            command.Dispose();
        }

        connection.Dispose();
    }

    private StoredRecord ReadRevision(SqliteDataReader reader)
    {
        var change = ParseChange(reader.GetString(3));
        var columns = reader.IsDBNull(4) ? default : Layout(reader.GetInt64(4));
        var values = reader.IsDBNull(5) ? default : ReadValues(reader.GetString(5));
        return new StoredRecord(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetInt32(2),
            change,
            columns,
            values,
            reader.IsDBNull(6) ? null : reader.GetString(6),
            Instant.FromUnixTimeMilliseconds(reader.GetInt64(7)),
            reader.GetString(8),
            reader.GetInt64(9));
    }

    private ValueArray<string> Layout(long id)
    {
        if (!layouts.TryGetValue(id, out var columns))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT columns FROM layouts WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            columns = ReadValues((string)command.ExecuteScalar()!);
            layouts[id] = columns;
        }

        return columns;
    }

    internal static StoreChange ParseChange(string text) => text switch
    {
        "added" => StoreChange.Added,
        "revised" => StoreChange.Revised,
        "deleted" => StoreChange.Deleted,
        "restored" => StoreChange.Restored,
        _ => throw new InvalidDataException($"Unknown change '{text}' in the store."),
    };

    internal static string ChangeName(StoreChange change) => change switch
    {
        StoreChange.Added => "added",
        StoreChange.Revised => "revised",
        StoreChange.Deleted => "deleted",
        _ => "restored",
    };

    internal static string WriteValues(IReadOnlyList<string> values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    internal static ValueArray<string> ReadValues(string json)
    {
        using var document = JsonDocument.Parse(json);
        var values = new string[document.RootElement.GetArrayLength()];
        var i = 0;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            values[i++] = element.GetString() ?? string.Empty;
        }

        return ValueArray.Create<string>(values);
    }

    private static SourceException Unreadable(string path, string why) =>
        new(new Diagnostic(SourceDiagnosticCodes.StoreUnreadable, DiagnosticSeverity.Error, $"The store cannot be opened: {why}.") { Path = path });

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
