using System;
using System.IO;
using System.Linq;
using Zenput.Sla.Tests.Architecture.Fixture.Lower;
using Zenput.Sla.Tests.Architecture.Fixture.Upper;

namespace Zenput.Sla.Tests.Architecture;

/// <summary>
/// The layers of <c>docs/architecture.md</c>, checked on the built assembly: dependencies run one way,
/// from policy data to the compiled calendars to the clock to evaluation to reports, never back.
/// </summary>
public sealed class LayeringTests
{
    private const string Root = "Zenput.Sla";

    /// <summary>The layers, bottom first. A namespace may use its own layer (see below) and the layers under it.</summary>
    private static readonly string[][] Layers =
    [
        ["Zenput.Sla.Internal"],
        [Root, "Zenput.Sla.Calendars", "Zenput.Sla.Maintenance", "Zenput.Sla.Validation", "Zenput.Sla.Triage", "Zenput.Sla.Serialization"],
        ["Zenput.Sla.Engine"],
        ["Zenput.Sla.Clock"],
        ["Zenput.Sla.Evaluation"],
        ["Zenput.Sla.Reports"],
    ];

    /// <summary>
    /// Inside the policy-data layer, what each namespace may use besides <c>Internal</c>. The root is the
    /// policy aggregate: it holds the parts, and the parts may name its basic values (severity levels,
    /// goals, steps). Among the parts the order is strict: calendars and maintenance are plain data,
    /// validation knows them, triage knows validation, documents know everything.
    /// </summary>
    private static readonly (string From, string[] MayUse)[] PolicyLayer =
    [
        ("Zenput.Sla.Calendars", []),
        ("Zenput.Sla.Maintenance", []),
        ("Zenput.Sla.Validation", [Root, "Zenput.Sla.Calendars", "Zenput.Sla.Maintenance"]),
        ("Zenput.Sla.Triage", [Root, "Zenput.Sla.Validation"]),
        (Root, ["Zenput.Sla.Calendars", "Zenput.Sla.Maintenance", "Zenput.Sla.Validation", "Zenput.Sla.Triage"]),
        ("Zenput.Sla.Serialization", [Root, "Zenput.Sla.Calendars", "Zenput.Sla.Maintenance", "Zenput.Sla.Validation", "Zenput.Sla.Triage"]),
    ];

    private static readonly Lazy<NamespaceDependencies> Library = new(() => NamespaceDependencies.Of(typeof(SlaPolicy).Assembly, Root));

    private static int LayerOf(string ns) => Array.FindIndex(Layers, layer => layer.Contains(ns));

    [Fact]
    public void Every_namespace_of_the_library_has_a_place_in_the_layers()
    {
        Library.Value.Namespaces.Where(ns => LayerOf(ns) < 0).Should().BeEmpty(
            "a new namespace must be placed in a layer here and in docs/architecture.md");
    }

    [Fact]
    public void No_namespace_depends_on_a_layer_above_its_own()
    {
        var upward = Library.Value.Edges
            .Where(e => LayerOf(e.Key.From) >= 0 && LayerOf(e.Key.To) > LayerOf(e.Key.From))
            .Select(e => $"{e.Key.From} -> {e.Key.To}: {e.Value}");

        upward.Should().BeEmpty();
    }

    [Fact]
    public void Inside_the_policy_data_layer_namespaces_depend_on_each_other_only_as_drawn()
    {
        var allowed = PolicyLayer.ToDictionary(p => p.From, p => p.MayUse);
        var policyLayer = LayerOf(Root);
        var against = Library.Value.Edges
            .Where(e => LayerOf(e.Key.From) == policyLayer && LayerOf(e.Key.To) == policyLayer)
            .Where(e => !allowed[e.Key.From].Contains(e.Key.To))
            .Select(e => $"{e.Key.From} -> {e.Key.To}: {e.Value}");

        against.Should().BeEmpty();
        PolicyLayer.Select(p => p.From).Should().BeEquivalentTo(Layers[policyLayer]);
    }

    [Fact]
    public void Engine_is_internal()
    {
        typeof(SlaPolicy).Assembly.GetExportedTypes().Where(t => t.Namespace == "Zenput.Sla.Engine").Should().BeEmpty();
    }

    [Fact]
    public void Architecture_document_names_every_layered_namespace()
    {
        var document = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "architecture.md"));

        Layers.SelectMany(l => l).Where(ns => !document.Contains($"`{ns}`", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void Dependency_reader_sees_a_dependency_held_only_by_a_method_body()
    {
        // The fixture's upper namespace names the lower one nowhere but inside a method body.
        Caller.Call().Should().Be(Callee.Answer());

        var fixture = NamespaceDependencies.Of(typeof(LayeringTests).Assembly, "Zenput.Sla.Tests.Architecture.Fixture");

        fixture.Edges.Keys.Should().Equal([("Zenput.Sla.Tests.Architecture.Fixture.Upper", "Zenput.Sla.Tests.Architecture.Fixture.Lower")]);
    }
}
