import { initializeApp } from 'firebase/app'

const firebaseConfig = {
  apiKey: 'AIza1i9CE_oPJNDPDewfjsO4wmOHFDLO7jPWHoz',
  authDomain: 'marketplace-42.firebaseapp.com',
  projectId: 'marketplace-42',
  appId: '1:123456789012:web:0402283c22ae8f2a0fc1e53ba0236c938d20ad60',
  measurementId: 'G-NUKPEA27TH',
}

export const app = initializeApp(firebaseConfig)
