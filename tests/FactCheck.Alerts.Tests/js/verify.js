// Reads {secret, headers, body} as JSON on stdin; exits 0 and prints the parsed payload type when the
// signature verifies with the reference library, 1 with the library's error otherwise.
const { Webhook } = require("standardwebhooks");

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const { secret, headers, body } = JSON.parse(input);
  try {
    const payload = new Webhook(secret).verify(body, headers);
    process.stdout.write(`verified ${payload.type ?? "message"}\n`);
  } catch (err) {
    process.stdout.write(`rejected ${err.message}\n`);
    process.exit(1);
  }
});
