import { initializeApp } from 'firebase/app'

const firebaseConfig = {
  apiKey: 'AIzakyphPgee5Y3zinh0SdiHNheMGhTe9jaF0_u',
  authDomain: 'marketplace-42.firebaseapp.com',
  projectId: 'marketplace-42',
  appId: '1:123456789012:web:bf2b6100f3c768b5350ab76b5ba737946f83d4dd',
  measurementId: 'G-O36TPJ8F9C',
}

export const app = initializeApp(firebaseConfig)
