using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace Zenput.Sla.Internal;

/// <summary>Argument checks and immutable copies shared by the domain types.</summary>
internal static class Guard
{
    public static string NotBlank(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must not be empty or white space.", paramName);
        }

        return value;
    }

    /// <summary>Copies a sequence into a read-only list so later changes to the source are not seen.</summary>
    public static IReadOnlyList<T> Freeze<T>(IEnumerable<T>? source, string paramName)
    {
        ArgumentNullException.ThrowIfNull(source, paramName);
        var copy = source.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] is null)
            {
                throw new ArgumentException($"Element {i} is null.", paramName);
            }
        }

        return new ReadOnlyCollection<T>(copy);
    }
}
