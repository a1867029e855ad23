namespace Placements.Synthetic;

/// <summary>A weighted choice among values; weights need not sum to one.</summary>
public sealed class Weighted<T>
{
    private readonly T[] _values;
    private readonly double[] _cumulative;

    public Weighted(params (T Value, double Weight)[] table)
    {
        _values = table.Select(t => t.Value).ToArray();
        _cumulative = new double[table.Length];
        double total = 0;
        for (int i = 0; i < table.Length; i++)
        {
            total += table[i].Weight;
            _cumulative[i] = total;
        }
    }

    public T Pick(Random random)
    {
        double x = random.NextDouble() * _cumulative[^1];
        for (int i = 0; i < _cumulative.Length; i++)
        {
            if (x < _cumulative[i])
            {
                return _values[i];
            }
        }

        return _values[^1];
    }
}
