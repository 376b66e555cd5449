namespace Zenput.Sla.Triage;

/// <summary>Who or what an issue reaches, in the terms the Zenput SLA article uses to tell its levels apart.</summary>
public enum ImpactScope
{
    /// <summary>Every Zenput user in the customer's account (the article's "Service Failure" speaks of "all Zenput users in an account"). The share of users affected is 100%.</summary>
    AllUsers = 0,

    /// <summary>A critical component as a whole, such as the web app or the mobile app (the article's "Core Component Failure"). Unless a percentage is given, every user of the account is assumed to be reached.</summary>
    CoreComponent = 1,

    /// <summary>A share of the account's users, given as a percentage in <see cref="ImpactAssessment.AffectedUsersPercent"/> (the article's "Server Slowdown" speaks of "fewer than 5% of users").</summary>
    ShareOfUsers = 2,

    /// <summary>One user (the article's "problems isolated to a single user").</summary>
    SingleUser = 3,
}
