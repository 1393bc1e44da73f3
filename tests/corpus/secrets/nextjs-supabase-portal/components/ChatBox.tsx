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
