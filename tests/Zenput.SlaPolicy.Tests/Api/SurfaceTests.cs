using System;
using System.Linq;
using System.Reflection;
using NodaTime;
using Zenput.Sla.Clock;
using Zenput.Sla.Maintenance;
using Zenput.Sla.Reports;
using Zenput.Sla.Serialization;
using Zenput.Sla.Triage;
using Zenput.Sla.Validation;

namespace Zenput.Sla.Tests.Api;

/// <summary>What the public surface promises so that a 1.0 can keep it.</summary>
public sealed class SurfaceTests
{
    /// <summary>Types only the library creates: a field added to one later must break no caller.</summary>
    public static TheoryData<Type> Results() =>
    [
        typeof(MaintenanceWindow), typeof(ResponsePlan), typeof(PlannedStep), typeof(SeverityChange), typeof(StatusPageNotice),
        typeof(SlaStatus), typeof(TriageResult), typeof(TriageMatch), typeof(SlaPolicyLoadResult),
        typeof(ComplianceReport), typeof(ComplianceFigures), typeof(WhatIfComparison), typeof(DurationDistribution), typeof(WeekdayHourMap),
    ];

    [Theory]
    [MemberData(nameof(Results))]
    public void Result_types_have_no_public_constructor_deconstruct_or_setter(Type type)
    {
        type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Should().BeEmpty();
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.Name == "Deconstruct").Should().BeEmpty();
        type.GetProperties().Where(p => p.SetMethod is { IsPublic: true }).Select(p => p.Name).Should().BeEmpty();
    }

    [Fact]
    public void With_on_a_triage_rule_meets_the_constructor_checks()
    {
        var rule = new TriageRule("id", 1, "criterion", TriageCondition.Always);

        var id = () => rule with { Id = null! };
        var criterion = () => rule with { Criterion = null! };
        var when = () => rule with { When = null! };

        id.Should().Throw<ArgumentNullException>().WithParameterName("Id");
        criterion.Should().Throw<ArgumentNullException>().WithParameterName("Criterion");
        when.Should().Throw<ArgumentNullException>().WithParameterName("When");
        (rule with { Id = "other" }).Id.Should().Be("other");
    }

    [Fact]
    public void With_on_a_finding_meets_the_constructor_checks()
    {
        var finding = new PolicyFinding("Name", "'Name' must not be empty.", PolicyErrorCodes.Required);

        var path = () => finding with { Path = null! };
        var constructed = () => new PolicyFinding(null!, "m", "c");

        path.Should().Throw<ArgumentNullException>().WithParameterName("Path");
        constructed.Should().Throw<ArgumentNullException>().WithParameterName("Path");
        (finding with { Path = "$.name" }).ToString().Should().Be("$.name: 'Name' must not be empty. [Required]");
    }

    [Fact]
    public void Validation_rule_helpers_are_not_public()
    {
        typeof(PolicyFinding).Assembly.GetExportedTypes().Should().NotContain(t => t.Name == "RuleExtensions");
    }

    [Fact]
    public void Plan_and_reclassify_still_hand_out_their_results()
    {
        var clock = new SlaClock(ZenputSla.Default);
        var reported = Instant.FromUtc(2026, 11, 25, 5, 30);

        var plan = clock.Plan(ZenputSla.Default.GetTier("critical"), reported);
        var change = clock.Reclassify(reported, ZenputSla.Default.GetTier("major"), ZenputSla.Default.GetTier("critical"));

        plan.ResponseDueAt.Should().Be(Instant.FromUtc(2026, 11, 25, 7, 30));
        plan.Steps.Should().HaveCount(5);
        plan.MaintenanceDuringGoal.Should().ContainSingle().Which.Start.Should().Be(Instant.FromUtc(2026, 11, 25, 5, 0));
        change.OriginalDueAt.Should().Be(Instant.FromUtc(2026, 11, 25, 9, 30));
        change.CurrentDueAt.Should().Be(Instant.FromUtc(2026, 11, 25, 7, 30));
    }

    /// <summary>Public methods that change something, read or write outside memory, so are not [Pure] (a type, a method's every overload, or one overload).</summary>
    private static readonly string[] NotPure =
    [
        // The builder's fluent setters return the builder they changed.
        "SlaPolicyBuilder.*",

        // Readers consume a stream or a file.
        "SlaPolicyDocument.Read(Stream)", "SlaPolicyDocument.Load(Stream)", "SlaPolicyDocument.LoadFile",

        // The aggregator counts what it is given (Add says whether the ticket could be counted).
        "ComplianceAggregator.Add", "ComplianceAggregator.AddRangeAsync",
    ];

    [Fact]
    public void Every_public_method_that_returns_a_value_and_changes_nothing_is_marked_pure()
    {
        // The library's own types only: a mutation run (docs/mutation.md) injects a public Stryker.MutantControl
        // into the assembly, and failing here on it cut that run's coverage capture short (xunit's stopOnFail).
        var unmarked = typeof(SlaPolicy).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is { } ns && (ns == "Zenput.Sla" || ns.StartsWith("Zenput.Sla.", StringComparison.Ordinal)))
            .Where(t => !t.IsSubclassOf(typeof(Exception)) && !IsValidator(t))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType != typeof(void) && !m.IsSpecialName && m.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null)
            .Where(m => m.Name is not ("Equals" or "GetHashCode" or "ToString" or "Deconstruct" or "<Clone>$"))
            .Where(m => !NotPure.Any(n =>
                n == $"{m.DeclaringType!.Name}.*"
                || n == $"{m.DeclaringType!.Name}.{m.Name}"
                || n == $"{m.DeclaringType!.Name}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name))})"))
            .Where(m => m.GetCustomAttribute<System.Diagnostics.Contracts.PureAttribute>() is null)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .Distinct()
            .ToList();

        unmarked.Should().BeEmpty("these return a value and change nothing: {0}", string.Join(", ", unmarked));
    }

    private static bool IsValidator(Type type) =>
        type.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(FluentValidation.AbstractValidator<>);
}
