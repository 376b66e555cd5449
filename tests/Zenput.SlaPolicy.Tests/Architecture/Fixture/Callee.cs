namespace Zenput.Sla.Tests.Architecture.Fixture.Lower;

/// <summary>A fixture for the dependency reader: the lower namespace.</summary>
internal static class Callee
{
    public static int Answer() => 42;
}
