async function sendWelcomeEmail(to) {
  const res = await fetch("https://api.postmarkapp.com/email/withTemplate", {
    method: "POST",
    headers: {
      "X-Postmark-Server-Token": process.env.POSTMARK_TOKEN,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ To: to, TemplateAlias: "welcome", From: "hello@northwind-agency.com" }),
  });
  if (!res.ok) throw new Error(`postmark ${res.status}`);
}

module.exports = { sendWelcomeEmail };
