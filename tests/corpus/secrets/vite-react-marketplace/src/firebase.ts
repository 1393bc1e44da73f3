import { initializeApp } from 'firebase/app'

const firebaseConfig = {
  apiKey: 'AIzaTpTTVqUBUNHuIqEtEzfALZ1zbqTZlRm9Aj-',
  authDomain: 'marketplace-42.firebaseapp.com',
  projectId: 'marketplace-42',
  appId: '1:123456789012:web:1729e7a28e7b02c47c72eb9e144241d650d3cb7c',
  measurementId: 'G-Q239ROAENF',
}

export const app = initializeApp(firebaseConfig)
