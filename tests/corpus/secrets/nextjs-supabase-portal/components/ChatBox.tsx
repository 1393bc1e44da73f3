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
