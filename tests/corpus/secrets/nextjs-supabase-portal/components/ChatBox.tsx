'use client'
import { useState } from 'react'
import OpenAI from 'openai'

const openai = new OpenAI({
  apiKey: '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',
  dangerouslyAllowBrowser: true,
})

export function ChatBox() {
  const [text, setText] = useState('')
  const apiKeyHeader = 'x-api-key'
  return null
}
