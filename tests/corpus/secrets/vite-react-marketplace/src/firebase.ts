import { initializeApp } from 'firebase/app'

const firebaseConfig = {
  apiKey: 'AIzahRxHcsydCzgNKAuKzoHLWDsM6qJegpbUFOL',
  authDomain: 'marketplace-42.firebaseapp.com',
  projectId: 'marketplace-42',
  appId: '1:123456789012:web:4cb674160dcbac8020994a428f331e5b557c26d6',
  measurementId: 'G-KZQU6W7A6X',
}

export const app = initializeApp(firebaseConfig)
