'use client'
import { useState } from 'react'

export function LoginForm() {
  const [password, setPassword] = useState('')
  return <input type="password" name="password" placeholder="••••••••" autoComplete="current-password" />
}
