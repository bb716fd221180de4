using System.Globalization;
using System.Text;
using LucBinh.Docs.Publishing.Configuration;
using Microsoft.Data.Sqlite;

namespace LucBinh.Docs.Publishing.Register;

/// <summary>
/// The register of outgoing documents in a SQLite file (<c>so-dang-ky.db</c>), for an office without SharePoint. A
/// number is taken in one write transaction (<c>BEGIN IMMEDIATE</c>: one writer at a time, the others wait up to the
/// busy timeout), and two unique constraints make a duplicate impossible even if that logic were wrong:
/// (kind, scope, number) and (kind, scope, document key). The file is in WAL mode, so listing never blocks issuing.
/// Safe for several processes on one machine; not on a network share (SQLite's locks do not cross machines): several
/// web hosts share the SharePoint register instead.
/// </summary>
public sealed class SqliteDocumentRegister : IDocumentRegister
{
    /// <summary>The file's name in the local store's folder.</summary>
    public const string DefaultFileName = "so-dang-ky.db";

    private const int SchemaVersion = 1;

    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private int _initialized;

    /// <param name="path">The database file; its folder is created.</param>
    /// <param name="busyTimeout">How long a writer waits for another one before giving up (ISS042); default 30 s.</param>
    /// <param name="time">The clock of <see cref="RegisterEntry.ReservedAt"/> and <see cref="RegisterEntry.ClosedAt"/>.</param>
    public SqliteDocumentRegister(string path, TimeSpan? busyTimeout = null, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        DatabasePath = Path.GetFullPath(path);
        BusyTimeout = busyTimeout ?? TimeSpan.FromSeconds(30);
        _time = time ?? TimeProvider.System;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // One connection per call, closed at once: nothing keeps the file open between commands (another process,
            // a backup, a test deleting its folder), and a pool could hand out a connection of another thread's state.
            Pooling = false,
            DefaultTimeout = Math.Max(1, (int)BusyTimeout.TotalSeconds),
        }.ToString();
    }

    public string DatabasePath { get; }

    public TimeSpan BusyTimeout { get; }

    public string Destination => DatabasePath;

    /// <summary>
    /// Where the register is kept: <c>Register:DatabasePath</c>, else <c>so-dang-ky.db</c> in the local store's folder
    /// (<c>Local:Folder</c>), else beside the outbox in the user's application data.
    /// </summary>
    public static string DefaultPath(PublishingOptions options, RegisterOptions register)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(register);
        if (register.DatabasePath is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        var folder = options.LocalFolder ?? Path.GetDirectoryName(Path.GetFullPath(options.OutboxFolder)) ?? Path.GetFullPath(".");
        return Path.Combine(Path.GetFullPath(folder), DefaultFileName);
    }

    public async Task<RegisterEntry> ReserveAsync(NumberRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kind = Normalize(request.KindCode);
        var scope = Normalize(request.Scope);
        return await WriteAsync(async (connection, transaction) =>
        {
            var existing = await ReadAsync(connection, transaction, "kind = $kind AND scope = $scope AND document_key = $key",
                cancellationToken, ("$kind", kind), ("$scope", scope), ("$key", request.DocumentKey)).ConfigureAwait(false);
            if (existing.Count > 0)
            {
                return existing[0];
            }

            using var next = Command(connection, transaction, "SELECT COALESCE(MAX(number), 0) + 1 FROM register WHERE kind = $kind AND scope = $scope",
                ("$kind", kind), ("$scope", scope));
            var number = Convert.ToInt32(await next.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            var now = _time.GetUtcNow();
            using var insert = Command(connection, transaction, """
                INSERT INTO register (kind, scope, number, status, document_key, issue_date, summary, symbol_suffix, kind_name, signer, recipients, reserved_at)
                VALUES ($kind, $scope, $number, 'reserved', $key, $date, $summary, $suffix, $kindName, $signer, $recipients, $at)
                """,
                ("$kind", kind), ("$scope", scope), ("$number", number), ("$key", request.DocumentKey),
                ("$date", request.IssueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$summary", request.Summary),
                ("$suffix", request.SymbolSuffix), ("$kindName", request.KindName), ("$signer", request.Signer), ("$recipients", request.Recipients),
                ("$at", now.ToString("O", CultureInfo.InvariantCulture)));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return new RegisterEntry(kind, scope, number, RegisterStatus.Reserved, request with { KindCode = kind, Scope = scope }) { ReservedAt = now };
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<RegisterEntry> CompleteAsync(RegisterEntry entry, IssuedFiles files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(files);
        return await WriteAsync(async (connection, transaction) =>
        {
            var current = await FindAsync(connection, transaction, entry.KindCode, entry.Scope, entry.Number, cancellationToken).ConfigureAwait(false)
                ?? throw SqliteRegisterDiagnostics.Failure("ISS043", DatabasePath, null, entry.Symbol, entry.Scope);
            if (current.Status == RegisterStatus.Cancelled)
            {
                throw SqliteRegisterDiagnostics.Failure("ISS044", DatabasePath, null, current.Symbol, current.Scope, current.CancelReason);
            }

            if (current.Status == RegisterStatus.Issued && current.Files == files)
            {
                return current;
            }

            var now = _time.GetUtcNow();
            using var update = Command(connection, transaction, """
                UPDATE register SET status = 'issued', closed_at = $at, document_file = $doc, pdf_file = $pdf, content_hash = $hash, location = $location
                WHERE kind = $kind AND scope = $scope AND number = $number
                """,
                ("$at", now.ToString("O", CultureInfo.InvariantCulture)), ("$doc", files.DocumentFile), ("$pdf", files.PdfFile),
                ("$hash", files.ContentHash), ("$location", files.Location),
                ("$kind", current.KindCode), ("$scope", current.Scope), ("$number", current.Number));
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return current with { Status = RegisterStatus.Issued, ClosedAt = now, Files = files };
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<RegisterEntry> CancelAsync(string kindCode, string scope, int number, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var kind = Normalize(kindCode);
        var scopeKey = Normalize(scope);
        return await WriteAsync(async (connection, transaction) =>
        {
            var current = await FindAsync(connection, transaction, kind, scopeKey, number, cancellationToken).ConfigureAwait(false)
                ?? throw SqliteRegisterDiagnostics.Failure("ISS043", DatabasePath, null, number.ToString("00", CultureInfo.InvariantCulture) + "-" + kind, scopeKey);
            if (current.Status == RegisterStatus.Cancelled)
            {
                return current;
            }

            // The document key moves aside: the number stays taken, and the same document issued again gets a new one.
            var now = _time.GetUtcNow();
            using var update = Command(connection, transaction, """
                UPDATE register SET status = 'cancelled', closed_at = $at, cancel_reason = $reason, cancelled_key = document_key, document_key = NULL
                WHERE kind = $kind AND scope = $scope AND number = $number
                """,
                ("$at", now.ToString("O", CultureInfo.InvariantCulture)), ("$reason", reason.Trim()),
                ("$kind", kind), ("$scope", scopeKey), ("$number", number));
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return current with { Status = RegisterStatus.Cancelled, ClosedAt = now, CancelReason = reason.Trim() };
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<RegisterEntry>> ListAsync(RegisterQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!File.Exists(DatabasePath))
        {
            return [];
        }

        var conditions = new List<string> { "1 = 1" };
        var parameters = new List<(string, object?)>();
        if (query.KindCode is { Length: > 0 } kind)
        {
            conditions.Add("kind = $kind");
            parameters.Add(("$kind", Normalize(kind)));
        }

        if (query.Scope is { Length: > 0 } scope)
        {
            conditions.Add("scope = $scope");
            parameters.Add(("$scope", Normalize(scope)));
        }

        if (query.Year is { } year)
        {
            conditions.Add("substr(issue_date, 1, 4) = $year");
            parameters.Add(("$year", year.ToString("0000", CultureInfo.InvariantCulture)));
        }

        return await RunAsync(async connection =>
        {
            await EnsureSchemaAsync(connection, cancellationToken).ConfigureAwait(false);
            return await ReadAsync(connection, null, string.Join(" AND ", conditions) + " ORDER BY kind, scope, number", cancellationToken, [.. parameters]).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        await RunAsync(async connection =>
        {
            await EnsureSchemaAsync(connection, cancellationToken).ConfigureAwait(false);
            // BEGIN IMMEDIATE: the write lock is taken before the highest number is read, so two writers never read the same one.
            using var transaction = connection.BeginTransaction(deferred: false);
            var result = await work(connection, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }, cancellationToken).ConfigureAwait(false);

    private async Task<T> RunAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
            using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA busy_timeout = " + ((long)BusyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + ";";
                await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return await work(connection).ConfigureAwait(false);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            // SQLITE_BUSY / SQLITE_LOCKED after the busy timeout: another process held the register too long.
            throw SqliteRegisterDiagnostics.Failure("ISS042", DatabasePath, e, DatabasePath, (int)BusyTimeout.TotalSeconds);
        }
        catch (SqliteException e)
        {
            throw SqliteRegisterDiagnostics.Failure("ISS041", DatabasePath, e, DatabasePath, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw SqliteRegisterDiagnostics.Failure("ISS041", DatabasePath, e, DatabasePath, e.Message);
        }
    }

    private async Task EnsureSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _initialized) == 1)
        {
            return;
        }

        using (var version = connection.CreateCommand())
        {
            version.CommandText = "PRAGMA user_version;";
            var found = Convert.ToInt32(await version.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            if (found > SchemaVersion)
            {
                throw SqliteRegisterDiagnostics.Failure("ISS045", DatabasePath, null, DatabasePath, found, SchemaVersion);
            }
        }

        // WAL is a property of the file (kept once set); CREATE … IF NOT EXISTS is safe when two processes start at once.
        using var create = connection.CreateCommand();
        create.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS register (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                scope TEXT NOT NULL,
                number INTEGER NOT NULL CHECK (number > 0),
                status TEXT NOT NULL CHECK (status IN ('reserved', 'issued', 'cancelled')),
                document_key TEXT,
                cancelled_key TEXT,
                issue_date TEXT NOT NULL,
                summary TEXT NOT NULL,
                symbol_suffix TEXT,
                kind_name TEXT,
                signer TEXT,
                recipients TEXT,
                reserved_at TEXT NOT NULL,
                closed_at TEXT,
                document_file TEXT,
                pdf_file TEXT,
                content_hash TEXT,
                location TEXT,
                cancel_reason TEXT,
                UNIQUE (kind, scope, number),
                UNIQUE (kind, scope, document_key)
            );
            PRAGMA user_version = 1;
            """;
        await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _initialized, 1);
    }

    private static async Task<RegisterEntry?> FindAsync(SqliteConnection connection, SqliteTransaction? transaction, string kind, string scope, int number, CancellationToken cancellationToken)
    {
        var found = await ReadAsync(connection, transaction, "kind = $kind AND scope = $scope AND number = $number", cancellationToken,
            ("$kind", kind), ("$scope", scope), ("$number", number)).ConfigureAwait(false);
        return found.Count > 0 ? found[0] : null;
    }

    private static async Task<List<RegisterEntry>> ReadAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string where, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, """
            SELECT kind, scope, number, status, COALESCE(document_key, cancelled_key, ''), issue_date, summary, symbol_suffix, kind_name, signer,
                   recipients, reserved_at, closed_at, document_file, pdf_file, content_hash, location, cancel_reason
            FROM register WHERE
            """ + " " + where, parameters);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<RegisterEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            var request = new NumberRequest(
                reader.GetString(0), reader.GetString(1), reader.GetString(4),
                DateOnly.ParseExact(reader.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture), reader.GetString(6))
            {
                SymbolSuffix = Text(7),
                KindName = Text(8),
                Signer = Text(9),
                Recipients = Text(10),
            };
            var status = reader.GetString(3) switch
            {
                "issued" => RegisterStatus.Issued,
                "cancelled" => RegisterStatus.Cancelled,
                _ => RegisterStatus.Reserved,
            };
            entries.Add(new RegisterEntry(request.KindCode, request.Scope, reader.GetInt32(2), status, request)
            {
                ReservedAt = DateTimeOffset.Parse(reader.GetString(11), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                ClosedAt = Text(12) is { } closed ? DateTimeOffset.Parse(closed, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null,
                Files = Text(13) is { } document ? new IssuedFiles(document, Text(14), Text(15) ?? string.Empty, Text(16)) : null,
                CancelReason = Text(17),
            });
        }

        return entries;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string text, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>Kinds and scopes are compared as written, in one Unicode form ("QĐ" typed two ways is one kind).</summary>
    private static string Normalize(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return value.Trim().Normalize(NormalizationForm.FormC);
    }
}
