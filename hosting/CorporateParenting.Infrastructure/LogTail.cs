namespace CorporateParenting.Infrastructure;

internal static class LogTail
{
    public static string Of(string path, int lines = 30)
    {
        try
        {
            return File.Exists(path)
                ? string.Join(Environment.NewLine, File.ReadLines(path).TakeLast(lines))
                : $"({path} does not exist)";
        }
        catch (IOException ex)
        {
            return $"({path} could not be read: {ex.Message})";
        }
    }
}
