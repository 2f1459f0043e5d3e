using FactCheck.Intake.Outbox;
using FactCheck.Platform.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Intake;

public static class IntakeModule
{
    public const string Schema = "intake";

    /// <summary>Article intake: cleaning, dedupe, storage and <c>ArticleAccepted</c>.</summary>
    public static IHostApplicationBuilder AddIntake(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<IntakeOptions>()
            .BindConfiguration(IntakeOptions.Section)
            .Validate(o => o.MaxBodyBytes > 0, "Intake:MaxBodyBytes must be positive.")
            .Validate(o => o.OutboxPollSeconds > 0, "Intake:OutboxPollSeconds must be positive.")
            .ValidateOnStart();
        builder.Services.AddModuleDatabase(Schema, typeof(IntakeModule).Assembly);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Data.ArticleRepository>();
        builder.Services.AddSingleton<OutboxRepository>();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddHostedService<OutboxDispatcher>();
        builder.Services.AddScoped<ArticleIntake>();
        return builder;
    }
}
