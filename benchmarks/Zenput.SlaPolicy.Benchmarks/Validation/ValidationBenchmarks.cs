using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Zenput.Sla.Benchmarks.Clock;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Triage;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Benchmarks.Validation;

/// <summary>
/// Validating the built-in policy, before issue 13 (a new <c>SlaPolicyValidator</c> tree per call,
/// every part validated afresh: <see cref="BeforeSlaPolicyValidator"/>) against now
/// (<see cref="SlaPolicyBuilder.Validate"/>: one validator, parts' own findings kept per instance).
/// Two groups, each with the old path as its baseline: the built-in policy as builders use it
/// (<c>SlaPolicyBuilder.From(ZenputSla.Default)</c>, its parts already seen), and a copy whose parts
/// are new instances every time (nothing kept helps).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BytesConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ValidationBenchmarks
{
    private const int Copies = 64;

    private List<SlaPolicyBuilder> _freshBuilders = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Make the policy's part validation warm, as it is in any process that has built or loaded a policy.
        _ = SlaPolicyBuilder.From(ZenputSla.Default).Validate();
    }

    [IterationSetup(Targets = [nameof(Now_fresh_parts)])]
    public void MakeFreshCopies() => _freshBuilders = [.. Enumerable.Range(0, Copies).Select(_ => FreshCopy(ZenputSla.Default))];

    [Benchmark(Baseline = true, Description = "Before: new validator, parts afresh")]
    [BenchmarkCategory("Built-in policy")]
    public int Before_built_in() => Before(SlaPolicyBuilder.From(ZenputSla.Default), ZenputSla.Default);

    [Benchmark(Description = "Now: From(built-in).Validate()")]
    [BenchmarkCategory("Built-in policy")]
    public int Now_built_in() => SlaPolicyBuilder.From(ZenputSla.Default).Validate().Count;

    [Benchmark(Baseline = true, OperationsPerInvoke = Copies, Description = "Before: new validator, parts afresh")]
    [BenchmarkCategory("New part instances")]
    [InvocationCount(1, 1)]
    public int Before_fresh_parts()
    {
        var count = 0;
        for (var i = 0; i < Copies; i++)
        {
            count += Before(SlaPolicyBuilder.From(ZenputSla.Default), ZenputSla.Default);
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Copies, Description = "Now: Validate() of new part instances")]
    [BenchmarkCategory("New part instances")]
    [InvocationCount(1, 1)]
    public int Now_fresh_parts()
    {
        var count = 0;
        foreach (var builder in _freshBuilders)
        {
            count += builder.Validate().Count;
        }

        return count;
    }

    /// <summary>What <c>SlaPolicyBuilder.Validate()</c> did before: a new validator tree, run over a policy made from the builder.</summary>
    private static int Before(SlaPolicyBuilder builder, SlaPolicy candidate)
    {
        System.GC.KeepAlive(builder);
        return PolicyFindings.From(new BeforeSlaPolicyValidator().Validate(candidate)).Count;
    }

    /// <summary>A builder holding the same policy with every part a new instance, so no part has been validated yet.</summary>
    private static SlaPolicyBuilder FreshCopy(SlaPolicy policy)
    {
        var builder = new SlaPolicyBuilder(policy.Name)
            .WithDescription(policy.Description)
            .WithSupportZone(policy.SupportZone)
            .WithResponseSatisfiedBy(policy.ResponseSatisfiedBy);
        foreach (var tier in policy.Tiers)
        {
            builder.AddTier(new SeverityTier(tier.Severity, tier.ResponseGoal, tier.ResolutionProcess));
        }

        if (policy.Maintenance is { } m)
        {
            builder.WithMaintenance(new MaintenanceSchedule(m.Zone, m.Recurrences, m.OneOffs, m.Cancellations, m.Moves, m.NoticeLeadTime, m.AffectedComponents), policy.ClockStopsDuringMaintenance);
        }

        if (policy.TriageRules is { } rules)
        {
            builder.WithTriageRules(new TriageRules(rules.Rules, rules.FallbackRank));
        }

        return builder;
    }
}
