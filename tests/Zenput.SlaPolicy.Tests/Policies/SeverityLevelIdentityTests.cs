namespace Zenput.Sla.Tests.Policies;

/// <summary>
/// <see cref="SeverityLevel.IsIdentifiedBy"/>, as its XML doc states it: a level is named by its rank as digits or by
/// its name in any case, with the surrounding white space of the text ignored; nothing else names it.
/// </summary>
public sealed class SeverityLevelIdentityTests
{
    private static readonly SeverityLevel Major = new(2, "Major", "Defined.", [], []);
    private static readonly SeverityLevel Rank12 = new(12, "Twelfth", "Defined.", [], []);

    [Theory]
    [InlineData("Major")]
    [InlineData("major")]
    [InlineData("MAJOR")]
    [InlineData("  major\t")]
    [InlineData("2")]
    [InlineData(" 2 ")]
    public void A_level_is_named_by_its_name_in_any_case_or_its_rank(string text) =>
        Major.IsIdentifiedBy(text).Should().BeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("critical")]
    [InlineData("majors")]
    [InlineData("maj")]
    [InlineData("1")]
    [InlineData("02")]
    [InlineData("+2")]
    [InlineData("2.0")]
    [InlineData("Level 2")]
    public void Nothing_else_names_it(string? text) =>
        Major.IsIdentifiedBy(text).Should().BeFalse();

    [Theory]
    [InlineData("12", true)]
    [InlineData("1", false)]
    [InlineData("2", false)]
    [InlineData("120", false)]
    public void A_rank_of_two_digits_is_matched_whole(string text, bool expected) =>
        Rank12.IsIdentifiedBy(text).Should().Be(expected);

    [Fact]
    public void The_levels_own_name_string_names_it() =>
        Major.IsIdentifiedBy(Major.Name).Should().BeTrue();
}
