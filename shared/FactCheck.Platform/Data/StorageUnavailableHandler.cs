using System.Data.Common;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FactCheck.Platform.Data;

/// <summary>
/// A request that fails because the database cannot be reached (restart, failover, pool exhausted) is
/// answered 503 with <c>Retry-After</c>: nothing was stored, and the same request will work shortly.
/// </summary>
public sealed class StorageUnavailableHandler(ILogger<StorageUnavailableHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 2;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (!IsUnavailable(exception) || context.Response.HasStarted)
            return false;
        logger.LogWarning("Storage unavailable for {Path}: {Reason}", context.Request.Path, exception.Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Results.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Storage unavailable",
            detail: $"The database cannot be reached right now, so nothing was stored; send the same request again in {RetryAfterSeconds} seconds.")
            .ExecuteAsync(context);
        return true;
    }

    private static bool IsUnavailable(Exception exception) => exception switch
    {
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException
            || npgsql is PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" },
        DbException { IsTransient: true } => true,
        // A pattern that ran out of time is a fault of ours, not the database's: it must not read as "try again".
        RegexMatchTimeoutException => false,
        TimeoutException => true,
        _ => exception.InnerException is { } inner && IsUnavailable(inner),
    };
}
