using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NodaTime;
using Sitrep.Validation;

namespace Sitrep.Sources.Store;

/// <summary>The store's writing side, for the syncs: each page or file is saved in one transaction with the sync's progress.</summary>
public sealed partial class SourceStore
{
    /// <summary>
    /// Takes the store for one sync: a second sync of the same store (another process, a cron job overlapping a manual
    /// run) is refused with <c>SR0508</c> until the first ends, so two never interleave their pages.
    /// </summary>
    internal IDisposable LockForSync()
    {
        var path = System.IO.Path.Combine(Folder, "sitrep-store.lock");
        try
        {
            return new System.IO.FileStream(path, System.IO.FileMode.OpenOrCreate, System.IO.FileAccess.ReadWrite, System.IO.FileShare.None);
        }
        catch (System.IO.IOException e)
        {
            throw new SourceException(new Diagnostic(SourceDiagnosticCodes.StoreUnreadable, DiagnosticSeverity.Error, "Another sync is using the store; run again when it has finished.") { Path = path }, innerException: e);
        }
    }

    /// <summary>
    /// Starts a sync of a dataset, or takes up the one an earlier run left unfinished when it asked for the same
    /// scope (the same filters); one of another scope is abandoned, which loses nothing (its records are saved, and
    /// what it would have fetched the new one fetches).
    /// </summary>
    internal SyncRun Begin(string dataset, string format, string scope, long? since, long? deletedSince = null)
    {
        using var transaction = connection.BeginTransaction();
        var known = Query(transaction, "SELECT format FROM datasets WHERE name = $name", ("$name", dataset)) as string;
        if (known is null)
        {
            Run(transaction, "INSERT INTO datasets (name, format) VALUES ($name, $format)", ("$name", dataset), ("$format", format));
        }
        else if (known != format)
        {
            throw new InvalidOperationException($"The store's dataset {dataset} holds {known} records, not {format}.");
        }

        SyncRun? run = null;
        using (var command = Command(transaction, "SELECT id, scope, since, phase, next_page, max_stamp, deleted_since, baseline, total FROM syncs WHERE dataset = $dataset AND status = 'running' ORDER BY id DESC LIMIT 1", ("$dataset", dataset)))
        using (var reader = command.ExecuteReader())
        {
            if (reader.Read() && reader.GetString(1) == scope)
            {
                run = new SyncRun
                {
                    Id = reader.GetInt64(0),
                    Dataset = dataset,
                    Scope = scope,
                    Since = reader.IsDBNull(2) ? null : reader.GetInt64(2),
                    Phase = reader.GetString(3),
                    NextPage = reader.GetInt32(4),
                    MaxStamp = reader.IsDBNull(5) ? null : reader.GetInt64(5),
                    DeletedSince = reader.IsDBNull(6) ? null : reader.GetInt64(6),
                    Baseline = reader.IsDBNull(7) ? null : reader.GetInt64(7),
                    Total = reader.IsDBNull(8) ? null : reader.GetInt64(8),
                    Resumed = true,
                };
            }
        }

        if (run is null)
        {
            Run(transaction, "UPDATE syncs SET status = 'abandoned' WHERE dataset = $dataset AND status = 'running'", ("$dataset", dataset));
            Run(
                transaction,
                "INSERT INTO syncs (dataset, scope, since, deleted_since, phase, next_page, started_at, status) VALUES ($dataset, $scope, $since, $deletedSince, 'records', -1, $now, 'running')",
                ("$dataset", dataset),
                ("$scope", scope),
                ("$since", since),
                ("$deletedSince", deletedSince),
                ("$now", Now()));
            run = new SyncRun
            {
                Id = Convert.ToInt64(Query(transaction, "SELECT last_insert_rowid()"), CultureInfo.InvariantCulture),
                Dataset = dataset,
                Scope = scope,
                Since = since,
                DeletedSince = deletedSince,
                Phase = "records",
                NextPage = -1,
            };
        }

        transaction.Commit();
        return run;
    }

    /// <summary>Saves one page's records and rejections, and where the sync goes next, in one transaction.</summary>
    internal void SavePage(SyncRun run, IReadOnlyList<StoreItem> items, IReadOnlyList<Diagnostic> rejects, string origin, int nextPage, SyncCounts counts, FileRow? file = null, int rejectedRows = 0)
    {
        using var transaction = connection.BeginTransaction();
        var fetched = Now();
        var tally = new SyncCounts();
        var known = new Dictionary<ValueArray<string>, long>();
        using var find = Command(transaction, "SELECT revision, change FROM records WHERE dataset = $dataset AND id = $id", ("$dataset", run.Dataset), ("$id", string.Empty));
        using var current = Command(transaction, "SELECT layout, fields FROM revisions WHERE dataset = $dataset AND id = $id AND revision = $revision", ("$dataset", run.Dataset), ("$id", string.Empty), ("$revision", 0));
        using var seen = Command(transaction, "UPDATE records SET seen_sync = $sync, scope = $scope WHERE dataset = $dataset AND id = $id", ("$sync", run.Id), ("$scope", run.Scope), ("$dataset", run.Dataset), ("$id", string.Empty));
        foreach (var item in items)
        {
            var layout = LayoutId(transaction, item.Columns, known);
            var fields = WriteValues(item.Values);
            find.Parameters["$id"].Value = item.Id;
            int? revision = null;
            string? change = null;
            using (var reader = find.ExecuteReader())
            {
                if (reader.Read())
                {
                    revision = reader.GetInt32(0);
                    change = reader.GetString(1);
                }
            }

            if (revision is not { } last)
            {
                Run(transaction, "INSERT INTO records (dataset, id, revision, change, scope, seen_sync) VALUES ($dataset, $id, 1, 'added', $scope, $sync)", ("$dataset", run.Dataset), ("$id", item.Id), ("$scope", run.Scope), ("$sync", run.Id));
                AddRevision(transaction, run, item.Id, 1, StoreChange.Added, layout, fields, item.Incident, fetched, origin);
                tally.Added++;
            }
            else
            {
                var same = false;
                if (change != "deleted")
                {
                    current.Parameters["$id"].Value = item.Id;
                    current.Parameters["$revision"].Value = last;
                    using var reader = current.ExecuteReader();
                    same = reader.Read() && !reader.IsDBNull(0) && reader.GetInt64(0) == layout && reader.GetString(1) == fields;
                }

                if (same)
                {
                    tally.Unchanged++;
                }
                else
                {
                    var kind = change == "deleted" ? StoreChange.Restored : StoreChange.Revised;
                    AddRevision(transaction, run, item.Id, last + 1, kind, layout, fields, item.Incident, fetched, origin);
                    Run(transaction, "UPDATE records SET revision = $revision, change = $change WHERE dataset = $dataset AND id = $id", ("$revision", last + 1), ("$change", ChangeName(kind)), ("$dataset", run.Dataset), ("$id", item.Id));
                    if (kind == StoreChange.Restored)
                    {
                        tally.Restored++;
                    }
                    else
                    {
                        tally.Revised++;
                    }
                }

                seen.Parameters["$id"].Value = item.Id;
                seen.ExecuteNonQuery();
            }

            if (item.Stamp is { } stamp && (run.MaxStamp is not { } max || stamp > max))
            {
                run.MaxStamp = stamp;
            }
        }

        foreach (var reject in rejects)
        {
            Run(
                transaction,
                "INSERT INTO rejects (sync_id, dataset, origin, code, path, message, value) VALUES ($sync, $dataset, $origin, $code, $path, $message, $value)",
                ("$sync", run.Id),
                ("$dataset", run.Dataset),
                ("$origin", origin),
                ("$code", reject.Code),
                ("$path", reject.Path),
                ("$message", reject.Message),
                ("$value", reject.Value));
        }

        if (file is { } row)
        {
            Run(
                transaction,
                "INSERT OR REPLACE INTO files (dataset, name, status, size, md5, records, fetched_at, sync_id) VALUES ($dataset, $name, $status, $size, $md5, $records, $now, $sync)",
                ("$dataset", run.Dataset),
                ("$name", row.Name),
                ("$status", row.Status),
                ("$size", row.Size),
                ("$md5", row.Md5),
                ("$records", items.Count),
                ("$now", fetched),
                ("$sync", run.Id));
        }

        Run(transaction, "UPDATE syncs SET next_page = $next, max_stamp = $max, baseline = $baseline, total = $total, rejected_rows = rejected_rows + $rejected WHERE id = $id", ("$rejected", rejectedRows), ("$next", nextPage), ("$max", run.MaxStamp), ("$baseline", run.Baseline), ("$total", run.Total), ("$id", run.Id));
        transaction.Commit();
        run.NextPage = nextPage;
        counts.Added += tally.Added;
        counts.Revised += tally.Revised;
        counts.Restored += tally.Restored;
        counts.Unchanged += tally.Unchanged;
        counts.Rejected += rejects.Count;
        counts.Pages++;
        foreach (var reject in rejects)
        {
            counts.Report(reject);
        }
    }

    /// <summary>Marks records deleted (those the store holds and has not deleted already), with where the sync goes next, in one transaction.</summary>
    internal void SaveDeletions(SyncRun run, IReadOnlyList<string> ids, string origin, int nextPage, SyncCounts counts)
    {
        using var transaction = connection.BeginTransaction();
        var fetched = Now();
        foreach (var id in ids)
        {
            if (Delete(transaction, run, id, fetched, origin))
            {
                counts.Deleted++;
            }
        }

        Run(transaction, "UPDATE syncs SET next_page = $next WHERE id = $id", ("$next", nextPage), ("$id", run.Id));
        transaction.Commit();
        run.NextPage = nextPage;
        counts.Pages++;
    }

    /// <summary>Moves the sync to its next phase (deletions after records), starting at a page.</summary>
    internal void SetPhase(SyncRun run, string phase, int nextPage)
    {
        using var transaction = connection.BeginTransaction();
        Run(transaction, "UPDATE syncs SET phase = $phase, next_page = $next WHERE id = $id", ("$phase", phase), ("$next", nextPage), ("$id", run.Id));
        transaction.Commit();
        run.Phase = phase;
        run.NextPage = nextPage;
    }

    /// <summary>
    /// Ends a sync: optionally deletes the records of its scope a full pull did not see, saves the dataset's state
    /// for the next increment, and marks the sync done, in one transaction.
    /// </summary>
    internal void Finish(SyncRun run, bool deleteUnseen, IReadOnlyList<(string Key, string Value)> state, SyncCounts counts)
    {
        using var transaction = connection.BeginTransaction();
        var fetched = Now();
        if (deleteUnseen)
        {
            var unseen = new List<string>();
            using (var command = Command(transaction, "SELECT id FROM records WHERE dataset = $dataset AND scope = $scope AND seen_sync <> $sync AND change <> 'deleted' ORDER BY seq", ("$dataset", run.Dataset), ("$scope", run.Scope), ("$sync", run.Id)))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    unseen.Add(reader.GetString(0));
                }
            }

            foreach (var id in unseen)
            {
                if (Delete(transaction, run, id, fetched, "absent from the full pull of sync " + run.Id.ToString(CultureInfo.InvariantCulture)))
                {
                    counts.Deleted++;
                }
            }
        }

        foreach (var (key, value) in state)
        {
            Run(transaction, "INSERT OR REPLACE INTO state (dataset, key, value) VALUES ($dataset, $key, $value)", ("$dataset", run.Dataset), ("$key", key), ("$value", value));
        }

        Run(transaction, "UPDATE syncs SET status = 'done', phase = 'done', finished_at = $now WHERE id = $id", ("$now", fetched), ("$id", run.Id));
        transaction.Commit();
        run.Phase = "done";
    }

    /// <summary>Counts the records a sync saw (in any of its runs) that are not deleted now, and the rows it could not read.</summary>
    internal long CountSeen(SyncRun run) => Convert.ToInt64(
        Query(null, "SELECT count(*) FROM records WHERE dataset = $dataset AND seen_sync = $sync AND change <> 'deleted'", ("$dataset", run.Dataset), ("$sync", run.Id)),
        CultureInfo.InvariantCulture)
        + Convert.ToInt64(Query(null, "SELECT rejected_rows FROM syncs WHERE id = $id", ("$id", run.Id)), CultureInfo.InvariantCulture);

    /// <summary>Gets a value a dataset's syncs keep between runs (the increment's start), or null.</summary>
    internal string? GetState(string dataset, string key) =>
        Query(null, "SELECT value FROM state WHERE dataset = $dataset AND key = $key", ("$dataset", dataset), ("$key", key)) as string;

    /// <summary>Sets a value a dataset's syncs keep between runs, at once (outside a sync's transactions).</summary>
    internal void SetState(string dataset, string key, string value) =>
        Run(null, "INSERT OR REPLACE INTO state (dataset, key, value) VALUES ($dataset, $key, $value)", ("$dataset", dataset), ("$key", key), ("$value", value));

    /// <summary>Gets the store's clock (UTC), for counts kept by day.</summary>
    internal Instant Clock => clock.GetCurrentInstant();

    /// <summary>Gets how a bulk file's earlier sync ended (<c>verified</c>, <c>absent</c>, <c>corrupt</c>), or null when none took it.</summary>
    internal string? FileStatus(string dataset, string name) =>
        Query(null, "SELECT status FROM files WHERE dataset = $dataset AND name = $name", ("$dataset", dataset), ("$name", name)) as string;

    private bool Delete(SqliteTransaction transaction, SyncRun run, string id, long fetched, string origin)
    {
        int? revision = null;
        using (var command = Command(transaction, "SELECT revision, change FROM records WHERE dataset = $dataset AND id = $id", ("$dataset", run.Dataset), ("$id", id)))
        using (var reader = command.ExecuteReader())
        {
            if (reader.Read() && reader.GetString(1) != "deleted")
            {
                revision = reader.GetInt32(0);
            }
        }

        if (revision is not { } last)
        {
            return false;
        }

        AddRevision(transaction, run, id, last + 1, StoreChange.Deleted, null, null, null, fetched, origin);
        Run(transaction, "UPDATE records SET revision = $revision, change = 'deleted' WHERE dataset = $dataset AND id = $id", ("$revision", last + 1), ("$dataset", run.Dataset), ("$id", id));
        return true;
    }

    private void AddRevision(SqliteTransaction transaction, SyncRun run, string id, int revision, StoreChange change, long? layout, string? fields, string? incident, long fetched, string origin) =>
        Run(
            transaction,
            "INSERT INTO revisions (dataset, id, revision, change, layout, fields, incident, fetched_at, origin, sync_id) VALUES ($dataset, $id, $revision, $change, $layout, $fields, $incident, $fetched, $origin, $sync)",
            ("$dataset", run.Dataset),
            ("$id", id),
            ("$revision", revision),
            ("$change", ChangeName(change)),
            ("$layout", layout),
            ("$fields", fields),
            ("$incident", incident),
            ("$fetched", fetched),
            ("$origin", origin),
            ("$sync", run.Id));

    /// <summary>The id of a layout (a list of columns), added when new; remembered within the transaction only, so a rolled-back one is never reused.</summary>
    private long LayoutId(SqliteTransaction transaction, ValueArray<string> columns, Dictionary<ValueArray<string>, long> known)
    {
        if (known.TryGetValue(columns, out var id))
        {
            return id;
        }

        var text = WriteValues(columns);
        Run(transaction, "INSERT OR IGNORE INTO layouts (columns) VALUES ($columns)", ("$columns", text));
        id = Convert.ToInt64(Query(transaction, "SELECT id FROM layouts WHERE columns = $columns", ("$columns", text)), CultureInfo.InvariantCulture);
        known[columns] = id;
        return id;
    }

    private long Now() => clock.GetCurrentInstant().ToUnixTimeMilliseconds();

    private SqliteCommand Command(SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>
    /// Runs a statement that returns nothing. The command is kept by its text and used again (SQLite keeps it
    /// prepared), since a page writes thousands of rows with the same few statements.
    /// </summary>
    private void Run(SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        if (!statements.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
            {
                command.Parameters.AddWithValue(name, DBNull.Value);
            }

            statements[sql] = command;
        }

        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private object? Query(SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        return command.ExecuteScalar();
    }

    /// <summary>A bulk file's row: saved with its records.</summary>
    internal sealed record FileRow(string Name, string Status, long Size, string Md5);
}
