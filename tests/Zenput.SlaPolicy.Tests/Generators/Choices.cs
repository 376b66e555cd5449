using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace Zenput.Sla.Tests.Generators;

/// <summary>
/// The random choices a case builder makes, drawn by FsCheck instead of <see cref="Random"/>, so that a
/// failing case shrinks. A builder reads its choices in order with <see cref="Next(int, int)"/>; FsCheck
/// shrinks the list by dropping choices and making them smaller, and every choice read past the end
/// or shrunk to zero is the lowest value allowed: the fewest rules, the earliest instant, the shortest
/// length. So the counterexample FsCheck prints after shrinking is a small case, not a seed.
/// </summary>
/// <remarks>
/// One mechanism for every builder (schedules, policies, ...): a builder written against
/// <see cref="Random"/>'s <c>Next</c> only needs its parameter type changed. FsCheck prints the seed to
/// replay a failure (<c>Replay = "(…)"</c> on the property).
/// </remarks>
public sealed class Choices
{
    private readonly int[] values;
    private int read;

    /// <summary>Initializes a new instance of the <see cref="Choices"/> class.</summary>
    /// <param name="values">The choices, each a non-negative number reduced into the range asked for.</param>
    public Choices(int[] values) => this.values = values;

    /// <summary>A number in <c>[0, maxExclusive)</c>.</summary>
    /// <param name="maxExclusive">The upper bound (exclusive).</param>
    /// <returns>The choice.</returns>
    public int Next(int maxExclusive) => Next(0, maxExclusive);

    /// <summary>A number in <c>[minInclusive, maxExclusive)</c>; the lowest when the choices have run out.</summary>
    /// <param name="minInclusive">The lower bound.</param>
    /// <param name="maxExclusive">The upper bound (exclusive).</param>
    /// <returns>The choice.</returns>
    public int Next(int minInclusive, int maxExclusive)
    {
        if (maxExclusive <= minInclusive)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), $"empty range [{minInclusive}, {maxExclusive})");
        }

        if (read >= values.Length)
        {
            return minInclusive;
        }

        var choice = Math.Abs((long)values[read++]);
        return (int)(minInclusive + (choice % ((long)maxExclusive - minInclusive)));
    }

    /// <summary>
    /// Cases built from shrinkable choices: up to 400 choices, each anywhere in <c>[0, int.MaxValue]</c>
    /// so that no range is biased towards small numbers; shrunk by FsCheck's own shrinker for arrays.
    /// </summary>
    /// <typeparam name="T">The case type.</typeparam>
    /// <param name="build">Builds a case from its choices; it must read them only through <see cref="Next(int, int)"/>.</param>
    /// <param name="describe">How a case is printed in a counterexample.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Drawn<T>> Arbitrary<T>(Func<Choices, T> build, Func<T, string> describe)
    {
        var arrays = ArbMap.Default.ArbFor<int[]>();
        Drawn<T> Build(int[] values) => new(values, build(new Choices(values)), describe);
        var gen =
            from length in Gen.Choose(0, 400)
            from values in Gen.Choose(0, int.MaxValue).ArrayOf(length)
            select Build(values);
        return Arb.From(gen, drawn => arrays.Shrinker(drawn.Values).Select(Build));
    }
}
