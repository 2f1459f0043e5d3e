namespace FactCheck.Platform.Data;

/// <summary>The few places where SQLite and PostgreSQL differ; all other SQL is one portable subset.</summary>
public sealed class SqlDialect
{
    public static readonly SqlDialect Sqlite = new(DatabaseProvider.Sqlite);
    public static readonly SqlDialect Postgres = new(DatabaseProvider.Postgres);

    private SqlDialect(DatabaseProvider provider) => Provider = provider;

    public DatabaseProvider Provider { get; }

    /// <summary>Migrations may ship a <c>NNNN_name.postgres.sql</c> beside <c>NNNN_name.sql</c> for this dialect.</summary>
    public string MigrationSuffix => Provider == DatabaseProvider.Postgres ? ".postgres.sql" : ".sqlite.sql";
}
