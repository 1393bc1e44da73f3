require('@nomicfoundation/hardhat-toolbox')

const DEPLOYER_PRIVATE_KEY = '0xfd63b939809fdfa8e2f2e8e434e68444ccc932f90163ca8cc1334f9f5f114ba9'
const ETHERSCAN_API_KEY = process.env.ETHERSCAN_API_KEY

module.exports = {
  solidity: '0.8.24',
  networks: {
    sepolia: { url: 'https://rpc.sepolia.org', accounts: [DEPLOYER_PRIVATE_KEY] },
  },
}
