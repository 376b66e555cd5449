using System;

namespace Zenput.Sla.Tests.DependencyInjection;

/// <summary>A TimeProvider whose "now" the test sets.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
