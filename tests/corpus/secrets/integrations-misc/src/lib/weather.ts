export async function forecast(city: string) {
  const res = await fetch(`https://api.openweathermap.org/data/2.5/weather?q=${city}&appid=ea23143b0a87f416437cb3347b773ee9a4ebeadbbdb17f4917f8aeffe7133f81`)
  return res.json()
}

export async function crm() {
  return fetch('https://api.hubspot.example/v3/contacts', {
    headers: { Authorization: 'Bearer ksgu_3SFLmvvOB0kcSsbWAsQ3HgRGE_FsZYb57v2mzJEG9uB' },
  })
}

export async function local() {
  return fetch('/api/me', { headers: { Authorization: `Bearer ${session.access_token}` } })
}
