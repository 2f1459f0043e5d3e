namespace FactCheck.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite: the folder that holds one database file per service.</summary>
    public string DataDirectory { get; set; } = ".data";

    /// <summary>PostgreSQL: the connection string; each service works in its own schema.</summary>
    public string? ConnectionString { get; set; }
}
