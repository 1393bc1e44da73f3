const OpenAI = require("openai");

const client = new OpenAI();

async function askModel(system, user) {
  const res = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: system },
      { role: "user", content: user },
    ],
  });
  return res.choices[0].message.content;
}

module.exports = { askModel, client };
