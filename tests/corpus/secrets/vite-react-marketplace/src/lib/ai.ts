const GEMINI_KEY = import.meta.env.VITE_GEMINI_API_KEY
const fallbackKey = "AIzafGuNuKYBntnsrhMNPpAG0oA4Oh6l7MJivsH"

export async function ask(prompt: string) {
  const key = GEMINI_KEY || fallbackKey
  const res = await fetch(`https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key=${key}`, {
    method: 'POST',
    body: JSON.stringify({ contents: [{ parts: [{ text: prompt }] }] }),
  })
  return res.json()
}
