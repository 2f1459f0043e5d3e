using System.CommandLine;

namespace FactCheck.Host.Commands;

public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = $"Addresses to listen on (default {ServeApp.DefaultUrls})." };
        var roles = new Option<string>("--roles") { Description = "Services to run: intake,extraction,comparison,alerts,review or all (default all)." };
        var command = new Command("serve", "Run the services and the HTTP API.") { urls, roles };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (result, ct) =>
        {
            try
            {
                var app = ServeApp.Build(result.UnmatchedTokens.ToArray(), result.GetValue(urls), result.GetValue(roles));
                await app.RunAsync(ct);
                return 0;
            }
            catch (Exception ex) when (ex is ArgumentException or Microsoft.Extensions.Options.OptionsValidationException)
            {
                await Console.Error.WriteLineAsync($"factcheck serve: {ex.Message}");
                return 2;
            }
        });
        return command;
    }
}
