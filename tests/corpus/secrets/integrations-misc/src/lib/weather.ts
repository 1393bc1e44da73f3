export async function forecast(city: string) {
  const res = await fetch(`https://api.openweathermap.org/data/2.5/weather?q=${city}&appid=fcd9b5f3ab61191af387293f6cb1898dfeea930bc9b6e410e0164e27ef6a5759`)
  return res.json()
}

export async function crm() {
  return fetch('https://api.hubspot.example/v3/contacts', {
    headers: { Authorization: 'Bearer W6S9e23Fj7TQCAYDXzUg3GoOdfmq5WhB8T3P5wNwjtxkPIof' },
  })
}

export async function local() {
  return fetch('/api/me', { headers: { Authorization: `Bearer ${session.access_token}` } })
}
