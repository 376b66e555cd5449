using System;
using System.Collections.Generic;
using System.Linq;

namespace Zenput.Sla.Internal;

/// <summary>Structural equality for the read-only lists held by the immutable domain types.</summary>
internal static class Equality
{
    public static bool Sequence<T>(IReadOnlyList<T> left, IReadOnlyList<T> right) =>
        ReferenceEquals(left, right) || left.SequenceEqual(right);

    public static int SequenceHash<T>(IReadOnlyList<T> items)
    {
        var hash = new HashCode();
        hash.Add(items.Count);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
