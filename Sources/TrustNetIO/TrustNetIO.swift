import TrustNet
