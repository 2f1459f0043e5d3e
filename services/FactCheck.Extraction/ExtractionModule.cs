using FactCheck.Extraction.Consumers;
using FactCheck.Extraction.Data;
using FactCheck.Platform.Data;
using FactCheck.Platform.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Extraction;

public static class ExtractionModule
{
    public const string Schema = "extraction";

    /// <summary>Claim extraction: <c>ArticleAccepted</c> in, <c>ClaimsExtracted</c> out.</summary>
    public static IHostApplicationBuilder AddExtraction(this IHostApplicationBuilder builder)
    {
        builder.Services.AddModuleDatabase(Schema, typeof(ExtractionModule).Assembly);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ExtractionRepository>();
        builder.Services.AddBusConsumer<ArticleAcceptedConsumer>();
        return builder;
    }
}
