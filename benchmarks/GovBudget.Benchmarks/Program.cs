using BenchmarkDotNet.Running;

namespace GovBudget.Benchmarks;

/// <summary>Runs the suites: <c>dotnet run -c Release --project benchmarks/GovBudget.Benchmarks -- --filter '*' --job short</c>.</summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
