using System;

namespace Zenput.Sla.Tests.Testing;

/// <summary>Runs an assertion that must fail and returns its message (whatever exception type the test framework uses).</summary>
internal static class Failure
{
    public static string Of(Action assertion)
    {
        try
        {
            assertion();
        }
        catch (Exception e)
        {
            return e.Message;
        }

        throw new InvalidOperationException("The assertion passed, but it was expected to fail.");
    }
}
