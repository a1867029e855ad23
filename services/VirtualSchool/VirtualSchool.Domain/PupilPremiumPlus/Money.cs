using System.Globalization;

namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>
/// An amount of money in whole pence, so sums and balances are exact. Every amount in Pupil Premium Plus is a
/// <see cref="Money"/> (docs/virtual-school.md §10.2).
/// </summary>
public readonly record struct Money(long Pence) : IComparable<Money>
{
    public static Money Zero => default;

    public decimal Pounds => Pence / 100m;

    public bool IsPositive => Pence > 0;

    /// <summary>Pounds as written by people, "2630" or "12.50".</summary>
    /// <exception cref="VirtualSchoolRuleViolation">The amount has a fraction of a penny.</exception>
    public static Money FromPounds(decimal pounds)
    {
        decimal pence = pounds * 100m;
        if (pence != decimal.Truncate(pence))
        {
            throw new VirtualSchoolRuleViolation($"£{pounds.ToString(CultureInfo.InvariantCulture)} has a fraction of a penny: give whole pence.");
        }

        return new Money((long)pence);
    }

    public static Money operator +(Money left, Money right) => new(checked(left.Pence + right.Pence));

    public static Money operator -(Money left, Money right) => new(checked(left.Pence - right.Pence));

    public static Money operator -(Money money) => new(checked(-money.Pence));

    public static Money operator *(Money money, int times) => new(checked(money.Pence * times));

    public static bool operator <(Money left, Money right) => left.Pence < right.Pence;

    public static bool operator >(Money left, Money right) => left.Pence > right.Pence;

    public static bool operator <=(Money left, Money right) => left.Pence <= right.Pence;

    public static bool operator >=(Money left, Money right) => left.Pence >= right.Pence;

    public static Money Min(Money left, Money right) => left <= right ? left : right;

    public int CompareTo(Money other) => Pence.CompareTo(other.Pence);

    /// <summary>"£2,630" for whole pounds, "£12.50" otherwise, "-£5" below zero.</summary>
    public override string ToString()
    {
        string sign = Pence < 0 ? "-" : "";
        decimal pounds = Math.Abs(Pounds);
        string format = pounds == decimal.Truncate(pounds) ? "#,0" : "#,0.00";
        return $"{sign}£{pounds.ToString(format, CultureInfo.InvariantCulture)}";
    }
}
