using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Nalytiq.Cli.Jupyter;
using Shouldly;
using Xunit;

namespace Nalytiq.Cli.Tests.Jupyter;

public class WireFormatTests
{
    private static readonly MessageSigner Signer = new("secret"u8.ToArray());

    [Fact]
    public void A_signed_message_decodes_with_its_identities_and_content()
    {
        var frames = Encode(Request());

        var message = WireFormat.Decode(frames, Signer, out var rejection);

        rejection.ShouldBeNull();
        message.ShouldNotBeNull();
        message.MessageType.ShouldBe("execute_request");
        message.Text("code").ShouldBe("1 + 1");
        Encoding.ASCII.GetString(message.Identities.ShouldHaveSingleItem()).ShouldBe("client-1");
    }

    [Fact]
    public void A_message_signed_with_another_key_is_rejected()
    {
        var frames = WireFormat.Encode(Request(), new MessageSigner("other"u8.ToArray())).Select(f => f.ToByteArray()).ToList();

        WireFormat.Decode(frames, Signer, out var rejection).ShouldBeNull();

        rejection.ShouldBe("invalid signature");
    }

    [Fact]
    public void A_message_whose_content_was_changed_after_signing_is_rejected()
    {
        var frames = Encode(Request());
        frames[^1] = Encoding.UTF8.GetBytes("""{"code":"System.Environment.Exit(1)"}""");

        WireFormat.Decode(frames, Signer, out var rejection).ShouldBeNull();

        rejection.ShouldBe("invalid signature");
    }

    [Fact]
    public void Frames_without_the_delimiter_are_rejected() =>
        WireFormat.Decode([[1, 2, 3]], Signer, out _).ShouldBeNull();

    [Fact]
    public void A_reply_is_routed_to_the_sender_and_parented_to_the_request()
    {
        var request = Request();
        var reply = new MessageFactory(new FakeTimeProvider()).Reply(request, "execute_reply", new JsonObject { ["status"] = "ok" });

        reply.Identities.ShouldBe(request.Identities);
        reply.ParentHeader["msg_id"]!.GetValue<string>().ShouldBe("request-1");
        reply.Header["version"]!.GetValue<string>().ShouldBe("5.3");
    }

    private static List<byte[]> Encode(JupyterMessage message) =>
        WireFormat.Encode(message, Signer).Select(frame => frame.ToByteArray()).ToList();

    private static JupyterMessage Request() => new(
        ["client-1"u8.ToArray()],
        new JsonObject { ["msg_id"] = "request-1", ["msg_type"] = "execute_request", ["session"] = "s", ["username"] = "u", ["version"] = "5.3" },
        [],
        [],
        new JsonObject { ["code"] = "1 + 1" });
}
