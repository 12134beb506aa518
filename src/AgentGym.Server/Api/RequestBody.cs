using System.Text;
using AgentGym.Server.Hosting;
using AgentGym.Server.Security;
using Microsoft.AspNetCore.Http;

namespace AgentGym.Server.Api;

/// <summary>Reads a request body as text, within the size limit; a larger body (even one sent in chunks) gets 413.</summary>
internal static class RequestBody
{
    /// <summary>Reads the body.</summary>
    /// <returns>The text, or <see langword="null"/> after answering 413.</returns>
    public static async Task<string?> ReadAsync(HttpContext context, AgentGymServerOptions options)
    {
        var limit = options.MaxRequestBodyBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    await ApiAccessMiddleware.TooLarge(context, limit).ConfigureAwait(false);
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await ApiAccessMiddleware.TooLarge(context, limit).ConfigureAwait(false);
            return null;
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
