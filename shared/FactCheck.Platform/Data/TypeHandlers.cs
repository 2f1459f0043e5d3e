using System.Data;
using System.Globalization;
using Dapper;

namespace FactCheck.Platform.Data;

/// <summary>
/// Guids and instants are stored as TEXT on both engines (ISO 8601, UTC), so one schema and one set of
/// queries serve SQLite and PostgreSQL alike and stored instants sort as text.
/// </summary>
public static class TypeHandlers
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
            return;
        SqlMapper.RemoveTypeMap(typeof(Guid));
        SqlMapper.RemoveTypeMap(typeof(Guid?));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        SqlMapper.AddTypeHandler(typeof(Guid), new GuidHandler());
        SqlMapper.AddTypeHandler(typeof(DateTimeOffset), new DateTimeOffsetHandler());
    }

    /// <summary>The stored form of an instant: fixed-width UTC ISO 8601, so text order is time order.</summary>
    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Typed as text even when null: PostgreSQL cannot infer the type of an untyped null parameter
    /// (<c>@id IS NULL OR id = @id</c>), SQLite does not care.
    /// </summary>
    private abstract class TextHandler : SqlMapper.ITypeHandler
    {
        public void SetValue(IDbDataParameter parameter, object value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value is null or DBNull ? DBNull.Value : ToText(value);
        }

        public abstract object Parse(Type destinationType, object value);

        protected abstract string ToText(object value);
    }

    private sealed class GuidHandler : TextHandler
    {
        protected override string ToText(object value) => ((Guid)value).ToString("D");

        public override object Parse(Type destinationType, object value) => value switch
        {
            Guid guid => guid,
            string text => Guid.Parse(text),
            _ => Guid.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        };
    }

    private sealed class DateTimeOffsetHandler : TextHandler
    {
        protected override string ToText(object value) => Format((DateTimeOffset)value);

        public override object Parse(Type destinationType, object value) => value switch
        {
            DateTimeOffset instant => instant,
            DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
            string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            _ => throw new DataException($"Cannot read {value.GetType().Name} as DateTimeOffset."),
        };
    }
}
