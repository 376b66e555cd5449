using System;
using System.Collections.Generic;
using System.Linq;
using Xunit.Sdk;
using Xunit.v3;

[assembly: Xunit.TestCollectionOrderer(typeof(Zenput.Sla.Tests.SlowSuitesLast))]

namespace Zenput.Sla.Tests;

/// <summary>
/// Runs the example-based test classes before the property suites in a mutation run. With
/// <c>stopOnFail</c> (xunit.runner.json) a mutant is killed by the first test that fails and the rest
/// of the pass is cancelled, so a mutant that a fast example test catches no longer waits for the
/// reference properties (about half of a pass) to finish first. The order within each group is
/// xunit's own, so the full pass a survivor gets is unchanged.
/// </summary>
public sealed class SlowSuitesLast : ITestCollectionOrderer
{
    /// <summary>The test classes that take most of a pass (measured with -result-xml, docs/mutation.md).</summary>
    private static readonly string[] Slow =
    [
        "SlaClockReferenceProperties",
        "EvaluationProperties",
        "SlaClockLawProperties",
        "MaintenanceCoverageTests",
        "MaintenanceProperties",
        "ComplianceProperties",
        "NoWorkingTimeWithEasterTests",
    ];

    /// <inheritdoc/>
    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : notnull, ITestCollection =>
        [.. testCollections.OrderBy(collection => Rank(collection))];

    private static int Rank(ITestCollection collection)
    {
        // A class's own collection has no class name, and a display name such as
        // "Test collection for Zenput.Sla.Tests.Clock.SlaClockReferenceProperties (id: c3c6...)".
        var name = collection.TestCollectionDisplayName;
        var index = Array.FindIndex(Slow, slow => name.Contains("." + slow + " ", StringComparison.Ordinal) || name.EndsWith("." + slow, StringComparison.Ordinal));
        return index < 0 ? -1 : index;
    }
}
