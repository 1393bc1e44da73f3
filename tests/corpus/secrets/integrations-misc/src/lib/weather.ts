export async function forecast(city: string) {
  const res = await fetch(`https://api.openweathermap.org/data/2.5/weather?q=${city}&appid=b17e06a06942c090819018922c0ecfbac3d5e8d362c654b2021fab471c21fee2`)
  return res.json()
}

export async function crm() {
  return fetch('https://api.hubspot.example/v3/contacts', {
    headers: { Authorization: 'Bearer OWgFO07waX7Ci-nT7bBI_qMHvkpxYiJagWswTGks9VddxZdO' },
  })
}

export async function local() {
  return fetch('/api/me', { headers: { Authorization: `Bearer ${session.access_token}` } })
}
