using System;
using System.Collections.Generic;
using System.Globalization;

namespace Zenput.Sla;

/// <summary>
/// Finds a level of a severity scale, in constant time however many levels a policy defines: by the text that identifies it,
/// exactly as <see cref="SeverityLevel.IsIdentifiedBy"/> decides, and by rank. Either way the answer is the position of the
/// first level, in the scale's order, that matches, or −1: what a scan of the levels in order gives.
/// </summary>
/// <remarks>
/// <para>A scan asked every level for every ticket, so a policy of thousands of severities made each ticket cost thousands of
/// comparisons, and a report of them (whose what-if looked each severity up) grow with the square of the severities. Up to
/// <see cref="ScanLimit"/> levels the scan is kept: for the three of the built-in policy it is as fast as hashing the text.</para>
/// <para>The matching rules, kept exactly: a name is compared case-insensitively (ordinal), a rank as its invariant digits, both
/// with the text's surrounding white space trimmed; blank text matches nothing; and a level's own name, as the very string
/// instance, matches it even when the name itself has surrounding white space (which trimmed text can then never equal).</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
internal sealed class SeverityLookup
{
    /// <summary>The most levels that are scanned in order rather than looked up (measured: at three levels a scan is faster than hashing the text, at eight about as fast).</summary>
    internal const int ScanLimit = 8;

    private readonly SeverityLevel[] _levels;

    // Null up to ScanLimit levels. Keys: each level's name (ordinal, ignoring case) and its rank's digits, the first level to
    // claim a key keeping it, as the first match of a scan in order wins.
    private readonly Dictionary<string, int>? _byText;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byTrimmedText;
#endif

    // The names with surrounding white space, by string instance (no trimmed text equals them): null when there are none.
    private readonly Dictionary<string, int>? _byNameInstance;
    private readonly Dictionary<int, int>? _byRank;

    /// <summary>Indexes <paramref name="levels"/>, in the scale's order.</summary>
    /// <param name="levels">The levels.</param>
    public SeverityLookup(IReadOnlyList<SeverityLevel> levels)
    {
        _levels = new SeverityLevel[levels.Count];
        for (var i = 0; i < _levels.Length; i++)
        {
            _levels[i] = levels[i];
        }

        if (_levels.Length <= ScanLimit)
        {
            return;
        }

        _byText = new Dictionary<string, int>(_levels.Length * 2, StringComparer.OrdinalIgnoreCase);
        _byRank = new Dictionary<int, int>(_levels.Length);
        for (var i = 0; i < _levels.Length; i++)
        {
            var level = _levels[i];
            var name = level.Name;
            if (name.AsSpan().Trim().Length == name.Length)
            {
                _byText.TryAdd(name, i);
            }
            else
            {
                (_byNameInstance ??= new Dictionary<string, int>(ReferenceEqualityComparer.Instance)).TryAdd(name, i);
            }

            _byText.TryAdd(level.Rank.ToString(CultureInfo.InvariantCulture), i);
            _byRank.TryAdd(level.Rank, i);
        }

#if NET9_0_OR_GREATER
        _byTrimmedText = _byText.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>Gets the position of the first level that <paramref name="nameOrRank"/> identifies (<see cref="SeverityLevel.IsIdentifiedBy"/>), or −1; allocates nothing (on .NET 8, nothing unless the text has surrounding white space).</summary>
    /// <param name="nameOrRank">A name in any case, or a rank's digits.</param>
    /// <returns>The position, or −1.</returns>
    public int Find(string? nameOrRank)
    {
        if (_byText is null)
        {
            for (var i = 0; i < _levels.Length; i++)
            {
                if (_levels[i].IsIdentifiedBy(nameOrRank))
                {
                    return i;
                }
            }

            return -1;
        }

        if (nameOrRank is null)
        {
            return -1;
        }

        var found = -1;
        if (!string.IsNullOrWhiteSpace(nameOrRank) && TryFindTrimmed(nameOrRank, out var byText))
        {
            found = byText;
        }

        // A trimmed name given as its own instance is already found by its text, at this level or an earlier one.
        if (_byNameInstance is not null && _byNameInstance.TryGetValue(nameOrRank, out var byInstance) && (found < 0 || byInstance < found))
        {
            found = byInstance;
        }

        return found;
    }

    private bool TryFindTrimmed(string nameOrRank, out int found)
    {
        var trimmed = nameOrRank.AsSpan().Trim();
#if NET9_0_OR_GREATER
        return _byTrimmedText.TryGetValue(trimmed, out found);
#else
        // Without a lookup by span, only a text with surrounding white space is copied.
        return _byText!.TryGetValue(trimmed.Length == nameOrRank.Length ? nameOrRank : trimmed.ToString(), out found);
#endif
    }

    /// <summary>Gets the position of the first level of rank <paramref name="rank"/>, or −1.</summary>
    /// <param name="rank">The rank.</param>
    /// <returns>The position, or −1.</returns>
    public int FindRank(int rank)
    {
        if (_byRank is null)
        {
            for (var i = 0; i < _levels.Length; i++)
            {
                if (_levels[i].Rank == rank)
                {
                    return i;
                }
            }

            return -1;
        }

        return _byRank.TryGetValue(rank, out var found) ? found : -1;
    }
}
