namespace Health.Benchmarks;

/// <summary>Every draw of the synthetic cohort, from one seeded generator, so a seed always gives the same cohort.</summary>
public sealed class SyntheticRandom(int seed)
{
    private readonly Random _random = new(seed);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public double Fraction() => _random.NextDouble();

    /// <summary>A whole number from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public int Between(int from, int to) => to <= from ? from : _random.Next(from, to + 1);

    /// <summary>A day from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public DateOnly Between(DateOnly from, DateOnly to) =>
        to <= from ? from : DateOnly.FromDayNumber(_random.Next(from.DayNumber, to.DayNumber + 1));

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public double Exponential(double mean) => -mean * Math.Log(1 - _random.NextDouble());

    public double Normal(double mean, double standardDeviation) =>
        mean + standardDeviation * Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    /// <summary>Successes in <paramref name="trials"/> draws of <paramref name="probability"/>.</summary>
    public int Binomial(int trials, double probability)
    {
        var successes = 0;
        for (var i = 0; i < trials; i++)
        {
            successes += Chance(probability) ? 1 : 0;
        }
        return successes;
    }

    /// <summary>A random-looking id that the seed reproduces (<see cref="Guid.NewGuid"/> would not).</summary>
    public Guid Id()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 in the layout Guid(ReadOnlySpan<byte>) reads
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
