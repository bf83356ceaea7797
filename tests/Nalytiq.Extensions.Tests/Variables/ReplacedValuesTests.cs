using Microsoft.DotNet.Interactive.Events;
using Shouldly;
using Xunit;

namespace Nalytiq.Extensions.Tests.Variables;

/// <summary>
/// A variable declared again in a later cell: the value it replaced is released when no code can read it any more,
/// and kept, unchanged, when code that may still run refers to it.
/// </summary>
public sealed class ReplacedValuesTests
{
    private const string Collect = "GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();";

    [Fact]
    public async Task The_value_a_redeclared_variable_replaced_is_collected_and_the_new_one_is_kept()
    {
        using var session = await NotebookSession.StartAsync();
        await SucceedAsync(session, "var data = new byte[1_000_000];");
        await SucceedAsync(session, "var first = new WeakReference(data);");

        await SucceedAsync(session, "var data = new byte[10];");

        (await ValueAsync(session, $"{Collect} first.IsAlive")).ShouldBe(false);
        (await ValueAsync(session, "data.Length")).ShouldBe(10);
    }

    [Fact]
    public async Task A_replaced_value_a_lambda_reads_is_kept_so_the_lambda_still_sees_it()
    {
        using var session = await NotebookSession.StartAsync();
        await SucceedAsync(session, "var data = new byte[] { 1, 2, 3 };");
        await SucceedAsync(session, "Func<int> count = () => data.Length;");

        await SucceedAsync(session, "var data = new byte[10];");

        (await ValueAsync(session, $"{Collect} count()")).ShouldBe(3);
        (await ValueAsync(session, "data.Length")).ShouldBe(10);
    }

    [Fact]
    public async Task A_replaced_value_a_method_of_its_cell_reads_is_kept()
    {
        using var session = await NotebookSession.StartAsync();
        await SucceedAsync(session, "var data = new byte[] { 1, 2, 3 };\nint Count() => data.Length;");

        await SucceedAsync(session, "var data = new byte[10];");

        (await ValueAsync(session, $"{Collect} Count()")).ShouldBe(3);
    }

    [Fact]
    public async Task A_replaced_value_a_local_function_or_a_query_reads_is_kept()
    {
        using var session = await NotebookSession.StartAsync();
        await SucceedAsync(session, "var data = new[] { 1, 2, 3 };\nvar doubled = from x in data select x * 2;\nFunc<int> sum = Sum;\nint Sum() { int Inner() => data.Sum(); return Inner(); }");

        await SucceedAsync(session, "var data = new int[0];");

        (await ValueAsync(session, $"{Collect} sum()")).ShouldBe(6);
        (await ValueAsync(session, "doubled.Sum()")).ShouldBe(12);
    }

    [Fact]
    public async Task Re_uploading_under_the_same_name_releases_the_frame_it_replaced()
    {
        using var session = await NotebookSession.StartAsync();
        session.WriteFile("a.csv", "x\n1\n2\n");
        session.WriteFile("b.csv", "x\n1\n2\n3\n");
        await SucceedAsync(session, "#!upload a.csv --name t");
        await SucceedAsync(session, "var first = new WeakReference(t);");

        await SucceedAsync(session, "#!upload b.csv --name t");

        (await ValueAsync(session, $"{Collect} first.IsAlive")).ShouldBe(false);
        (await ValueAsync(session, "t.Rows.Count")).ShouldBe(3L);
    }

    [Fact]
    public async Task A_replaced_frame_a_lambda_reads_keeps_its_rows()
    {
        using var session = await NotebookSession.StartAsync();
        session.WriteFile("a.csv", "x\n1\n2\n");
        session.WriteFile("b.csv", "x\n1\n2\n3\n");
        await SucceedAsync(session, "#!upload a.csv --name t");
        await SucceedAsync(session, "Func<long> rows = () => t.Rows.Count;");

        await SucceedAsync(session, "#!upload b.csv --name t");

        (await ValueAsync(session, $"{Collect} rows()")).ShouldBe(2L);
        (await ValueAsync(session, "t.Rows.Count")).ShouldBe(3L);
    }

    private static async Task SucceedAsync(NotebookSession session, string code) =>
        (await session.SubmitAsync(code)).ShouldSucceed();

    private static async Task<object?> ValueAsync(NotebookSession session, string code)
    {
        var events = await session.SubmitAsync(code);
        events.ShouldSucceed();
        return events.OfType<ReturnValueProduced>().ShouldHaveSingleItem().Value;
    }
}
