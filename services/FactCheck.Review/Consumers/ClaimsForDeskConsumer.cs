using FactCheck.Contracts;
using FactCheck.Review.Data;
using MassTransit;

namespace FactCheck.Review.Consumers;

/// <summary>Keeps each article's claims and text for the claim matrix and quotes in context.</summary>
public sealed class ClaimsForDeskConsumer(DeskRepository desk) : IConsumer<ClaimsExtracted>
{
    public Task Consume(ConsumeContext<ClaimsExtracted> context) => desk.SaveClaimsAsync(context.Message, context.CancellationToken);
}
