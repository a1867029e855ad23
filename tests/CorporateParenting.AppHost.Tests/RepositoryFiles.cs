using CorporateParenting.Infrastructure;

namespace CorporateParenting.AppHost.Tests;

/// <summary>Files of the repository under test, found with the AppHost's own search for the solution file.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = RepositoryRoot.Find();

    public static string PathOf(string relativePath) =>
        Path.GetFullPath(Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    /// <summary>Repository-relative path with forward slashes, e.g. <c>services/Placements/Placements.Api</c>.</summary>
    public static string Relative(string fullPath) =>
        Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');

}
