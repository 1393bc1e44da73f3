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
